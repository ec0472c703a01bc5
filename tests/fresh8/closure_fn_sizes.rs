use std::any::type_name;
use std::mem::{align_of_val, size_of, size_of_val};

fn double(x: i32) -> i32 {
    x * 2
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn name_of<T>(_: &T) -> &'static str {
    type_name::<T>()
}

fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> (i32, usize) {
    (f(v), size_of::<F>())
}

fn main() {
    let no_capture = |x: i32| x + 1;
    println!("no capture: size={} result={}", size_of_val(&no_capture), no_capture(1));

    let a = 10u8;
    let by_ref = |x: i32| x + a as i32;
    println!("borrow one u8: size={} result={}", size_of_val(&by_ref), by_ref(1));

    let b = 20u64;
    let by_move = move |x: i32| x as u64 + b;
    println!("move one u64: size={} align={} result={}", size_of_val(&by_move), align_of_val(&by_move), by_move(1));

    let c = 3u8;
    let d = 4u16;
    let two_small = move |x: i32| x + c as i32 + d as i32;
    println!("move u8+u16: size={} result={}", size_of_val(&two_small), two_small(1));

    let two_refs = |x: i32| x + a as i32 + c as i32;
    println!("borrow two: size={} result={}", size_of_val(&two_refs), two_refs(1));

    let text = String::from("hello");
    let owns_string = move |x: i32| x + text.len() as i32;
    println!("move String: size={} result={}", size_of_val(&owns_string), owns_string(1));

    let arr = [1u32; 8];
    let owns_array = move |i: usize| arr[i] * 5;
    println!("move [u32;8]: size={} result={}", size_of_val(&owns_array), owns_array(3));

    let v = vec![1, 2, 3];
    let borrows_vec = || v.len();
    println!("borrow Vec: size={} result={}", size_of_val(&borrows_vec), borrows_vec());

    let mut counter = 0u32;
    let mut bump = || {
        counter += 1;
        counter
    };
    println!("FnMut borrow: size={} calls {} {} {}", size_of_val(&bump), bump(), bump(), bump());
    println!("counter after = {}", counter);

    println!("-- fn items vs fn pointers --");
    let item = double;
    println!("fn item size={} result={}", size_of_val(&item), item(21));
    let ptr: fn(i32) -> i32 = double;
    println!("fn pointer size={} result={}", size_of_val(&ptr), ptr(21));
    let table: [fn(i32) -> i32; 2] = [double, triple];
    println!("table of 2 fn pointers size={}", size_of_val(&table));
    for (i, f) in table.iter().enumerate() {
        println!("  table[{}](7) = {}", i, f(7));
    }
    let coerced: fn(i32) -> i32 = |x| x - 1;
    println!("non-capturing closure as fn pointer: size={} result={}", size_of_val(&coerced), coerced(10));
    println!("Option<fn> size={} (niche: fn pointers are never null)", size_of::<Option<fn(i32) -> i32>>());

    println!("-- generics see the closure type --");
    let (r1, s1) = apply(no_capture, 5);
    let (r2, s2) = apply(two_small, 5);
    let (r3, s3) = apply(double, 5);
    println!("apply results {} {} {} sizes {} {} {}", r1, r2, r3, s1, s2, s3);
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + b as i32);
    println!("Box<dyn Fn> size={} result={}", size_of_val(&boxed), boxed(1));
    println!("inner closure size via dyn = {}", size_of_val(&*boxed));

    println!("-- type names --");
    println!("{}", name_of(&5i32));
    println!("{}", name_of(&ptr));
    println!("{}", name_of(&(1u8, 'x', 2.0f64)));
    println!("{}", name_of(&[0u16; 3]));
    println!("{}", name_of(&"str"));
    println!("{}", type_name::<Option<Vec<String>>>());
    println!("{}", type_name::<Result<Box<[u8]>, ()>>());
}

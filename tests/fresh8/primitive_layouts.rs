use std::mem::{align_of, size_of, size_of_val};

fn show<T>(name: &str) {
    println!("{:<14} size={:>2} align={:>2}", name, size_of::<T>(), align_of::<T>());
}

fn main() {
    println!("== primitives ==");
    show::<u8>("u8");
    show::<i16>("i16");
    show::<u32>("u32");
    show::<i64>("i64");
    show::<u128>("u128");
    show::<usize>("usize");
    show::<f32>("f32");
    show::<f64>("f64");
    show::<bool>("bool");
    show::<char>("char");
    show::<()>("()");

    println!("== pointers ==");
    show::<&u8>("&u8");
    show::<&u64>("&u64");
    show::<*const u16>("*const u16");
    show::<&[u32]>("&[u32]");
    show::<&str>("&str");
    show::<Box<u64>>("Box<u64>");
    show::<Box<[u8]>>("Box<[u8]>");
    show::<fn(i32) -> i32>("fn(i32)->i32");

    let ptr_word = size_of::<usize>();
    let fat = size_of::<&[u8]>();
    println!("fat pointer is {} words", fat / ptr_word);
    println!("thin == word? {}", size_of::<&u8>() == ptr_word);

    println!("== arrays and tuples ==");
    show::<[u8; 3]>("[u8; 3]");
    show::<[u32; 5]>("[u32; 5]");
    show::<[u64; 0]>("[u64; 0]");
    show::<(u8, u8)>("(u8, u8)");
    show::<(u8, u32)>("(u8, u32)");
    show::<(u8, u32, u8)>("(u8, u32, u8)");
    show::<(u64, u8)>("(u64, u8)");
    show::<((), u16)>("((), u16)");

    println!("== size_of_val on values ==");
    let arr = [1u16; 7];
    let slice: &[u16] = &arr[2..];
    println!("arr: len={} bytes={}", arr.len(), size_of_val(&arr));
    println!("slice: len={} bytes={}", slice.len(), size_of_val(slice));
    println!("slice ref itself: {}", size_of_val(&slice));

    let text = "héllo";
    println!("text chars={} bytes={}", text.chars().count(), size_of_val(text));
    let words = ["a", "bb", "ccc"];
    println!("array of &str: {}", size_of_val(&words));
    let total: usize = words.iter().map(|w| size_of_val(*w)).sum();
    println!("sum of string byte lengths: {}", total);

    let nested = [[0u8; 3]; 4];
    println!("nested [[u8;3];4] = {}", size_of_val(&nested));
    let tup = (1u8, 2u16, 3u32, 4u64);
    println!("tuple (u8,u16,u32,u64) = {}", size_of_val(&tup));
    println!("elements sum = {}", 1 + 2 + 4 + 8);
    println!("padding = {}", size_of_val(&tup) - 15);

    println!("== arithmetic checks ==");
    for n in [0usize, 1, 2, 10] {
        let v = vec![0u32; n];
        println!(
            "vec of {} u32: heap bytes={} handle bytes={}",
            n,
            size_of_val(v.as_slice()),
            size_of_val(&v)
        );
    }
}

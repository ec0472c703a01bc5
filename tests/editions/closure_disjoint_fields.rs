// editions: 2015 2018 2021 2024
use std::mem::size_of_val;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}

struct Pair { a: Noisy, b: Noisy, n: u64, tag: u8 }

struct Guarded { inner: Noisy, count: u32 }
impl Drop for Guarded {
    fn drop(&mut self) { println!("drop Guarded({})", self.count); }
}

#[derive(Debug, Default)]
struct Stats { hits: u32, misses: u32, names: Vec<String> }

struct Point { x: i32, y: i32 }
struct Line { from: Point, to: Point }

fn main() {
    // borrow one field mutably while another is read outside
    let mut st = Stats::default();
    let mut hit = || st.hits += 1;
    st.names.push("first".to_string());
    hit();
    hit();
    let misses = &mut st.misses;
    *misses += 5;
    println!("{:?}", st);

    // size of closures: a field by reference, by value, through a reference
    let p = Pair { a: Noisy("a"), b: Noisy("b"), n: 7, tag: 1 };
    let read_n = || p.n + 1;
    let read_tag = || p.tag;
    let both = || (p.n, p.tag);
    println!("sizes {} {} {}", size_of_val(&read_n), size_of_val(&read_tag), size_of_val(&both));
    println!("values {} {} {:?}", read_n(), read_tag(), both());
    let l = Line { from: Point { x: 1, y: 2 }, to: Point { x: 3, y: 4 } };
    let r = &l;
    let dx = || r.to.x - r.from.x;
    let mv = move || l.to.y + l.from.y;
    println!("line {} {} sizes {} {}", dx(), mv(), size_of_val(&dx), size_of_val(&mv));

    // move of one field: the other stays and is dropped at the end of the scope
    {
        let p2 = Pair { a: Noisy("a2"), b: Noisy("b2"), n: 1, tag: 2 };
        let take_a = move || { let x = p2.a; println!("took {}", x.0); };
        println!("b2 still here: {}", p2.b.0);
        take_a();
        println!("end of scope");
    }

    // a type with Drop is captured whole when a field is moved, by ref is precise
    {
        let g = Guarded { inner: Noisy("inner"), count: 3 };
        let peek = || g.count;
        println!("peek {} size {}", peek(), size_of_val(&peek));
        let consume = move || { println!("count {}", g.count); drop(g); };
        println!("consume size {}", size_of_val(&consume));
        consume();
    }

    // nested closures capture the same places
    let mut totals = (0u32, 0u32, String::from("x"));
    {
        let mut outer = || {
            let mut inner = || totals.0 += 10;
            inner();
            totals.1 += 1;
        };
        outer();
        outer();
    }
    totals.2.push('y');
    println!("{:?}", totals);

    // a Box: moving a field of a boxed struct moves the box
    let bx = Box::new(Pair { a: Noisy("boxed a"), b: Noisy("boxed b"), n: 9, tag: 9 });
    let f = move || bx.n;
    println!("boxed {} size {}", f(), size_of_val(&f));
    drop(f);

    // arrays are captured whole
    let mut arr = [1, 2, 3];
    let mut bump = || arr[1] += 40;
    bump();
    println!("{:?} {}", arr, p.a.0);
}

// dbg! (value moved through and printed to stderr with {:#?}), unreachable! and unimplemented!
// panics with std's words.
#[derive(Debug)]
struct Rectangle { width: u32, height: u32 }

fn check(n: u32) -> u32 {
    if n > 100 {
        unreachable!("n was {}", n)
    }
    n
}

fn main() {
    let scale = 2;
    let rect1 = Rectangle { width: dbg!(30 * scale), height: 50 };
    dbg!(&rect1);
    let n = dbg!(check(3)) + 1;
    println!("{} {}", n, rect1.width);
    if rect1.width > 100 {
        todo!()
    }
    unimplemented!("later: {}", rect1.height);
}

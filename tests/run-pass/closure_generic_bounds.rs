// Closures passed to generic functions bounded by Fn, FnMut and FnOnce; each closure type gets its
// own instance of the function.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn repeat<F>(times: u32, mut f: F)
where
    F: FnMut(u32),
{
    let mut i = 0;
    while i < times {
        f(i);
        i += 1;
    }
}

fn finish<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn compose<F: Fn(i32) -> i32, G: Fn(i32) -> i32>(f: F, g: G, x: i32) -> i32 {
    g(f(x))
}

fn main() {
    let offset = 100;
    println!("{}", apply(|x| x * 3, 7));
    println!("{}", apply(|x| x + offset, 7));
    let mut seen = Vec::new();
    repeat(4, |i| seen.push(i * i));
    println!("{:?}", seen);
    let name = String::from("done");
    println!("{}", finish(move || name + "!"));
    println!("{}", compose(|x| x + 1, |y| y * 10, 4));
}

struct Wrapper<T> {
    count: usize,
}

fn main() {
    let w: Wrapper<i32> = Wrapper { count: 3 };
    println!("{}", w.count);
}

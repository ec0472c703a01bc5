fn make_adder(step: i32) -> impl Fn(i32) -> i32 {
    move |x| x + step
}

fn multiples_of(factor: u32) -> impl Iterator<Item = u32> {
    (1..5).map(move |i| i * factor)
}

fn main() {
    let add5 = make_adder(5);
    println!("{} {}", add5(10), add5(-5));
    let v: Vec<u32> = multiples_of(3).collect();
    println!("{:?}", v);
}

fn make_adder(step: i32) -> impl Fn(i32) -> i32 {
    |x| x + step
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(10));
}

fn div(a: i8, b: i8) -> i8 {
    a / b
}

fn main() {
    println!("{}", div(-128, 1));
    println!("{}", div(-128, -1));
}

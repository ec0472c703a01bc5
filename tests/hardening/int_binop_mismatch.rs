fn area(dimensions: (u32, isize)) -> u32 {
    dimensions.0 * dimensions.1
}

fn main() {
    println!("{}", area((30, 50)));
}

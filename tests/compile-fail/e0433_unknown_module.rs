fn main() {
    let n = geometry::area(2, 3);
    println!("{}", n);
}

fn main() {
    let items = 10;
    let per_box = 0;
    println!("{}", items / per_box);
}

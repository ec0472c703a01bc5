fn main() {
    let labels: [String; 3] = [String::from("x"), String::from("y"), String::from("z")];
    let middle = labels[1];
    println!("middle {}", middle);
}

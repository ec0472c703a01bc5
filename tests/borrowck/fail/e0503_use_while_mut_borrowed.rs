fn main() {
    let mut fuel = 100;
    let gauge = &mut fuel;
    let reserve = fuel + 20;
    *gauge -= 30;
    println!("reserve {} fuel {}", reserve, fuel);
}

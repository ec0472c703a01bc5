fn main() {
    let mut temps = vec![21, 19, 25];
    let first = temps[0];
    temps.push(first + 1);
    let max = *temps.iter().max().unwrap();
    temps.push(max);
    println!("{:?}", temps);
}

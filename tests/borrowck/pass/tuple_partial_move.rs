fn main() {
    let record = (String::from("id-42"), vec![1.5, 2.5], 7u8);
    let id = record.0;
    let total: f64 = record.1.iter().sum();
    println!("{} {} {}", id, total, record.2);
    let values = record.1;
    println!("{:?}", values);
}

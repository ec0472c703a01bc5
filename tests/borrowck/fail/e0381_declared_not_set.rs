fn main() {
    let total: i32;
    let prices = [3, 5, 9];
    for p in prices.iter() {
        println!("price {}", p);
    }
    println!("total {}", total);
}

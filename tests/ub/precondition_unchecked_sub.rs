fn main() {
    let mut stock: u16 = 5;
    let orders = [2u16, 2, 3];
    for o in orders {
        stock = unsafe { stock.unchecked_sub(o) };
        println!("stock left = {}", stock);
    }
}

// Tour stop 13: an array lives inline, here 20 bytes on main's stack.
fn main() {
    let a: [i32; 5] = [1, 2, 3, 4, 5];
    let total: i32 = a.iter().sum();
    println!("{:?} takes {} bytes, sum {}", a, std::mem::size_of_val(&a), total);
    let zeros = [0u8; 16];
    println!("{} zero bytes", zeros.len());
}

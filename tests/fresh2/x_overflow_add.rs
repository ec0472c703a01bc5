// A byte checksum that forgot to use wrapping arithmetic.
fn checksum(data: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for &b in data {
        sum += b;
    }
    sum
}

fn describe(label: &str, data: &[u8]) {
    println!("{label:<10} len={:<3} checksum={:#04x}", data.len(), checksum(data));
}

fn main() {
    describe("empty", &[]);
    describe("small", &[1, 2, 3, 4]);
    describe("ascii", b"Hi!");
    let wrapped = b"hello".iter().fold(0u8, |acc, &b| acc.wrapping_add(b));
    println!("wrapping version of 'hello' = {wrapped}");
    let checked = b"hello".iter().try_fold(0u8, |acc, &b| acc.checked_add(b));
    println!("checked version of 'hello' = {checked:?}");
    describe("hello", b"hello");
    println!("not printed");
}

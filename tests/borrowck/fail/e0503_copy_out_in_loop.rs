fn main() {
    let mut cursor: usize = 0;
    let data = [3, 1, 4, 1, 5, 9];
    let pos = &mut cursor;
    while *pos < data.len() {
        let snapshot = cursor;
        println!("at {} value {}", snapshot, data[*pos]);
        *pos += 2;
    }
}

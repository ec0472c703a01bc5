fn main() {
    let mut buf = [0u8; 8];
    let head = buf.first_mut().unwrap();
    let tail = buf.last_mut().unwrap();
    *head = 1;
    *tail = 2;
    println!("{:?}", buf);
}

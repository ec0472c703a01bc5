use std::io::{Cursor, Read};

fn read_header(data: &[u8]) -> [u8; 4] {
    let mut c = Cursor::new(data);
    let mut magic = [0u8; 4];
    c.read_exact(&mut magic).unwrap();
    magic
}

fn main() {
    println!("{:?}", read_header(b"RIFF...."));
    println!("{:?}", read_header(b"RI"));
}

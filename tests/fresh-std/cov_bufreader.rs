// Reading records through a BufReader over an in-memory buffer.
use std::io::{BufRead, BufReader, Cursor, Read, Seek, SeekFrom};

fn main() {
    let data = b"alpha\nbeta\ngamma\ndelta\n".to_vec();
    let mut reader = BufReader::with_capacity(8, Cursor::new(data));
    println!("capacity={} buffer={:?}", reader.capacity(), reader.buffer());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    println!("line={:?} buffered={:?}", line, String::from_utf8_lossy(reader.buffer()));
    println!("inner pos={}", reader.get_ref().position());
    reader.seek_relative(2).unwrap();
    let mut next = String::new();
    reader.read_line(&mut next).unwrap();
    println!("after seek_relative={:?}", next);
    reader.get_mut().set_position(0);
    reader.seek(SeekFrom::Start(0)).unwrap();
    let mut all = String::new();
    reader.read_to_string(&mut all).unwrap();
    println!("all lines={:?}", all.lines().collect::<Vec<_>>());
    let inner = reader.into_inner();
    println!("into_inner len={}", inner.get_ref().len());
    let plain = BufReader::new(&b"x y z"[..]);
    let words: Vec<String> = plain.split(b' ').map(|w| String::from_utf8(w.unwrap()).unwrap()).collect();
    println!("split={:?}", words);
    let mut empty = BufReader::new(Cursor::new(Vec::<u8>::new()));
    let mut buf = [0u8; 4];
    empty.read_exact(&mut buf).unwrap();
}

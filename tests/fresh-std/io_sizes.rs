use std::io::{self, BufReader, BufWriter, Cursor, LineWriter};
use std::mem::size_of;

fn main() {
    println!("Error {}", size_of::<io::Error>());
    println!("Result<()> {}", size_of::<io::Result<()>>());
    println!("Result<usize> {}", size_of::<io::Result<usize>>());
    println!("Option<Error> {}", size_of::<Option<io::Error>>());
    println!("ErrorKind {}", size_of::<io::ErrorKind>());
    println!("SeekFrom {}", size_of::<io::SeekFrom>());
    println!("Cursor<Vec<u8>> {}", size_of::<Cursor<Vec<u8>>>());
    println!("Cursor<&[u8]> {}", size_of::<Cursor<&[u8]>>());
    println!("BufReader<&[u8]> {}", size_of::<BufReader<&[u8]>>());
    println!("BufWriter<Vec<u8>> {}", size_of::<BufWriter<Vec<u8>>>());
    println!("LineWriter<Vec<u8>> {}", size_of::<LineWriter<Vec<u8>>>());
    println!("Stdout {} StdoutLock {}", size_of::<io::Stdout>(), size_of::<io::StdoutLock<'static>>());
    println!("Stderr {} StderrLock {}", size_of::<io::Stderr>(), size_of::<io::StderrLock<'static>>());
    println!("Stdin {} StdinLock {}", size_of::<io::Stdin>(), size_of::<io::StdinLock<'static>>());
    println!("Take {} Chain {}", size_of::<io::Take<&[u8]>>(), size_of::<io::Chain<&[u8], &[u8]>>());
    println!("IoSlice {} IoSliceMut {}", size_of::<io::IoSlice<'_>>(), size_of::<io::IoSliceMut<'_>>());
    println!("Empty {} Sink {} Repeat {}", size_of::<io::Empty>(), size_of::<io::Sink>(), size_of::<io::Repeat>());
    println!("Lines {} Bytes {}", size_of::<io::Lines<&[u8]>>(), size_of::<io::Bytes<&[u8]>>());

    // what a few operations allocate
    let r = BufReader::with_capacity(100, &b"abc"[..]);
    println!("{}", r.capacity());
    let e = io::Error::new(io::ErrorKind::Other, "x");
    println!("{}", size_of::<Box<dyn std::error::Error + Send + Sync>>());
    drop(e);
    let mut v: Vec<u8> = Vec::new();
    let mut src: &[u8] = &[7u8; 100];
    io::Read::read_to_end(&mut src, &mut v).unwrap();
    println!("len {} cap {}", v.len(), v.capacity());
    let mut s = String::with_capacity(3);
    io::Read::read_to_string(&mut &b"hello"[..], &mut s).unwrap();
    println!("len {} cap {}", s.len(), s.capacity());
    let mut c = Cursor::new(Vec::new());
    io::Write::write_all(&mut c, b"12345").unwrap();
    println!("cursor vec cap {}", c.get_ref().capacity());
}

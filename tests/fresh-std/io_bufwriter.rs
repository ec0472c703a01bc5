use std::io::{BufWriter, LineWriter, Write};

fn main() {
    let mut w = BufWriter::with_capacity(8, Vec::new());
    w.write_all(b"abc").unwrap();
    println!("buffered {:?}, inner {:?}", w.buffer(), w.get_ref());
    w.write_all(b"defgh").unwrap(); // 3 + 5 = 8 > spare 5: flush then buffer
    println!("buffered {:?}, inner {:?}", w.buffer(), w.get_ref());
    w.write_all(b"0123456789").unwrap(); // larger than the buffer: written through
    println!("buffered {:?}, inner {:?}", w.buffer(), w.get_ref());
    println!("{:?}", w);
    w.flush().unwrap();
    println!("after flush: {:?}", String::from_utf8_lossy(w.get_ref()));
    write!(w, "{}+{}={}", 1, 2, 3).unwrap();
    let (inner, buf) = w.into_parts();
    println!("into_parts: {:?} {:?}", String::from_utf8_lossy(&inner), buf.map(|b| String::from_utf8(b).unwrap()));

    let mut w = BufWriter::new(Vec::new());
    println!("default capacity {}", w.capacity());
    for i in 0..5 {
        write!(w, "{i},").unwrap();
    }
    let v = w.into_inner().unwrap();
    println!("{}", String::from_utf8(v).unwrap());

    // LineWriter: whole lines go through, the rest waits
    let mut lw = LineWriter::new(Vec::new());
    lw.write_all(b"first line\nsecond").unwrap();
    println!("inner {:?}", String::from_utf8_lossy(lw.get_ref()));
    lw.write_all(b" half").unwrap();
    println!("inner {:?}", String::from_utf8_lossy(lw.get_ref()));
    lw.write_all(b" done\nthird").unwrap();
    println!("inner {:?}", String::from_utf8_lossy(lw.get_ref()));
    println!("{:?}", lw);
    let v = lw.into_inner().unwrap();
    println!("final {:?}", String::from_utf8(v).unwrap());

    // dropping a BufWriter flushes it
    let mut sink = Vec::new();
    {
        let mut w = BufWriter::new(&mut sink);
        w.write_all(b"flushed on drop").unwrap();
    }
    println!("{:?}", String::from_utf8(sink).unwrap());

    // a writer into a fixed slice that fills up
    let mut storage = [0u8; 4];
    let mut w = BufWriter::with_capacity(2, &mut storage[..]);
    w.write_all(b"ab").unwrap();
    w.write_all(b"cd").unwrap();
    let r = w.write_all(b"ef").and_then(|_| w.flush());
    println!("{:?}", r);
    w.write_all(b"g").unwrap();
    println!("buffered {:?}", w.buffer());
    let e = w.into_inner().err().unwrap();
    println!("into_inner error: {} / {:?}", e.error(), e.error().kind());
    drop(e);
    println!("{:?}", storage);
}

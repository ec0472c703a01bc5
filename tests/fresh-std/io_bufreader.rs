use std::io::{self, BufRead, BufReader, Read};

fn main() {
    let text = "name,age\nalice,30\nbob,41\r\ncarol,27";
    // a tiny buffer so that lines straddle refills
    let mut reader = BufReader::with_capacity(4, text.as_bytes());
    println!("capacity {}", reader.capacity());
    let mut header = String::new();
    let n = reader.read_line(&mut header).unwrap();
    println!("header {:?} ({n} bytes), buffered {:?}", header, reader.buffer());
    let mut rows = Vec::new();
    for line in reader.lines() {
        let line = line.unwrap();
        let mut parts = line.split(',');
        let name = parts.next().unwrap().to_string();
        let age: u32 = parts.next().unwrap().parse().unwrap();
        rows.push((name, age));
    }
    println!("{:?}", rows);

    // split on a byte
    let r = BufReader::new(&b"a;bb;;ccc;"[..]);
    let parts: Vec<Vec<u8>> = r.split(b';').map(|p| p.unwrap()).collect();
    println!("{:?}", parts);

    // fill_buf / consume by hand
    let mut r = BufReader::with_capacity(3, &b"abcdefgh"[..]);
    let mut chunks = Vec::new();
    loop {
        let buf = r.fill_buf().unwrap();
        if buf.is_empty() {
            break;
        }
        let s = String::from_utf8(buf.to_vec()).unwrap();
        let len = buf.len();
        chunks.push(s);
        r.consume(len);
    }
    println!("{:?}", chunks);

    // read_until, then read the remainder
    let mut r = BufReader::new(&b"key=value=more"[..]);
    let mut key = Vec::new();
    r.read_until(b'=', &mut key).unwrap();
    let mut rest = String::new();
    r.read_to_string(&mut rest).unwrap();
    println!("{:?} {:?}", String::from_utf8(key).unwrap(), rest);

    // small reads from a buffered reader
    let mut r = BufReader::with_capacity(5, &b"0123456789"[..]);
    let mut two = [0u8; 2];
    r.read_exact(&mut two).unwrap();
    println!("{:?} buffered={:?} {:?}", two, r.buffer(), r);
    let mut big = [0u8; 16];
    let n = r.read(&mut big).unwrap();
    println!("read {n}: {:?}", &big[..n]);
    let inner = r.into_inner();
    println!("inner left {:?}", inner);

    // bytes() over a reader
    let total: u32 = BufReader::new(&[1u8, 2, 3, 4][..]).bytes().map(|b| b.unwrap() as u32).sum();
    println!("sum {total}");

    // a line that is not UTF-8
    let mut r = BufReader::new(&b"ok\n\xff\xfe\n"[..]);
    let mut s = String::new();
    println!("{:?}", r.read_line(&mut s).map_err(|e| e.kind()));
    s.clear();
    match r.read_line(&mut s) {
        Ok(n) => println!("unexpected {n}"),
        Err(e) => println!("error: {} / {:?} / s={:?}", e, e, s),
    }
    let _ = io::stdout();
}

use std::io::{self, BufRead, Read, Write};

fn main() -> io::Result<()> {
    // chain two readers
    let a: &[u8] = b"hello ";
    let b: &[u8] = b"world";
    let mut chained = a.chain(b);
    let mut s = String::new();
    chained.read_to_string(&mut s)?;
    println!("{s}");

    // take: a limit on the bytes read
    let src: &[u8] = b"abcdefghij";
    let mut t = src.take(4);
    let mut out = Vec::new();
    t.read_to_end(&mut out)?;
    println!("{:?} limit now {}", String::from_utf8_lossy(&out), t.limit());
    t.set_limit(3);
    let mut more = String::new();
    t.read_to_string(&mut more)?;
    println!("{more} (remaining inner {:?})", String::from_utf8_lossy(t.into_inner()));

    // by_ref lets us keep the reader
    let mut r: &[u8] = b"line one\nline two\nline three\n";
    let mut first = String::new();
    r.by_ref().take(9).read_to_string(&mut first)?;
    println!("{:?} then {:?}", first, r.lines().map(|l| l.unwrap()).collect::<Vec<_>>());

    // bytes
    let counts = b"mississippi".bytes().fold([0usize; 26], |mut acc, b| {
        acc[(b.unwrap() - b'a') as usize] += 1;
        acc
    });
    println!("s={} i={} p={}", counts[18], counts[8], counts[15]);

    // copy between a reader and a writer
    let mut reader: &[u8] = b"copied text";
    let mut sink_vec: Vec<u8> = Vec::new();
    let n = io::copy(&mut reader, &mut sink_vec)?;
    println!("copied {n}: {:?}", String::from_utf8(sink_vec).unwrap());

    // empty / sink / repeat
    let mut e = io::empty();
    let mut buf = [0u8; 8];
    println!("empty read {}", e.read(&mut buf)?);
    println!("sink wrote {}", io::sink().write(b"discard")?);
    let n = io::copy(&mut io::repeat(b'z').take(5), &mut io::sink())?;
    println!("repeat copied {n}");
    let mut zs = String::new();
    io::repeat(b'z').take(3).read_to_string(&mut zs)?;
    println!("{zs}");
    println!("{:?} {:?}", io::empty(), io::sink());

    // read_to_string helper
    let text = io::read_to_string(&b"whole"[..])?;
    println!("{text}");

    // chain of two BufReads, reading lines across the boundary
    let c = (&b"x1\nx"[..]).chain(&b"2\nx3"[..]);
    for l in c.lines() {
        print!("[{}]", l?);
    }
    println!();
    let c = (&b"ab"[..]).chain(&b"cd"[..]);
    let (f, s) = c.get_ref();
    println!("{:?} {:?}", f, s);

    // IoSlice vectored write into a Vec
    let mut v = Vec::new();
    let parts = [io::IoSlice::new(b"one "), io::IoSlice::new(b"two "), io::IoSlice::new(b"three")];
    let n = v.write_vectored(&parts)?;
    println!("{n} {:?}", String::from_utf8(v).unwrap());
    let mut buf1 = [0u8; 3];
    let mut buf2 = [0u8; 5];
    let mut src: &[u8] = b"abcdefgh";
    let n = src.read_vectored(&mut [io::IoSliceMut::new(&mut buf1), io::IoSliceMut::new(&mut buf2)])?;
    println!("{n} {:?} {:?}", buf1, buf2);
    Ok(())
}

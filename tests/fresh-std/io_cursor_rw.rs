use std::io::{self, BufRead, Cursor, Read, Seek, SeekFrom, Write};

fn main() -> io::Result<()> {
    // a growable in-memory file
    let mut file = Cursor::new(Vec::new());
    file.write_all(b"alpha\nbeta\n")?;
    writeln!(file, "gamma {}", 3)?;
    println!("pos after writes: {}", file.position());
    println!("len {} cap>=len {}", file.get_ref().len(), file.get_ref().capacity() >= file.get_ref().len());

    // overwrite in the middle, then write past the end (zero padding)
    file.seek(SeekFrom::Start(1))?;
    file.write_all(b"LP")?;
    file.set_position(25);
    file.write_all(b"!")?;
    println!("{:?}", String::from_utf8_lossy(file.get_ref()));

    // read it back line by line
    file.rewind()?;
    let mut lines = Vec::new();
    let mut line = String::new();
    while file.read_line(&mut line)? > 0 {
        lines.push(line.trim_end().to_string());
        line.clear();
    }
    println!("{:?}", lines);

    // read_exact and read_to_end from a cursor over a slice
    let data: &[u8] = b"0123456789";
    let mut c = Cursor::new(data);
    let mut four = [0u8; 4];
    c.read_exact(&mut four)?;
    println!("four={:?} pos={}", four, c.position());
    let end = c.seek(SeekFrom::End(-3))?;
    let mut rest = Vec::new();
    let n = c.read_to_end(&mut rest)?;
    println!("seek end-3 -> {end}, read {n}: {:?}", rest);
    let err = c.seek(SeekFrom::Current(-20)).unwrap_err();
    println!("bad seek: {:?} / {}", err.kind(), err);

    // fixed-size array as the backing store: writes stop at the end
    let mut arr = Cursor::new([0u8; 6]);
    let n1 = arr.write(b"hello world")?;
    let full = arr.write_all(b"x");
    println!("wrote {n1}, then {:?}", full);
    println!("{:?}", arr.into_inner());

    // &mut [u8] backing store
    let mut buf = [b'.'; 8];
    {
        let mut w = Cursor::new(&mut buf[..]);
        write!(w, "{}-{}", 12, 34)?;
        println!("pos {}", w.position());
    }
    println!("{}", std::str::from_utf8(&buf).unwrap());

    // clone / eq / default / debug
    let a = Cursor::new(vec![1u8, 2, 3]);
    let mut b = a.clone();
    println!("{}", a == b);
    b.set_position(2);
    println!("{} {:?} {:?}", a == b, b, Cursor::<Vec<u8>>::default());
    Ok(())
}

use std::io::{self, BufRead, Cursor};

fn total(input: &str) -> io::Result<u64> {
    let mut sum = 0;
    for line in Cursor::new(input).lines() {
        let line = line?;
        let v: u64 = line
            .parse()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("{line:?}: {e}")))?;
        sum += v;
    }
    Ok(sum)
}

fn main() -> io::Result<()> {
    println!("{}", total("1\n2\n3")?);
    println!("{}", total("4\nfive\n6")?);
    println!("not reached");
    Ok(())
}

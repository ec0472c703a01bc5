struct Parser<'a> {
    input: &'a [u8],
    pos: usize,
}

fn make_parser<'a>() -> Parser<'a> {
    Parser { input: b"static ok", pos: 0 }
}

fn main() {
    let mut p = make_parser();
    {
        let buffer = vec![b'h', b'i'];
        p.input = &buffer;
    }
    println!("{} {}", p.input.len(), p.pos);
}

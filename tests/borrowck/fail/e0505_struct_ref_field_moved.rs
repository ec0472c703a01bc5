struct Reader<'a> {
    source: &'a str,
    pos: usize,
}

fn main() {
    let text = String::from("line one\nline two");
    let r = Reader { source: &text, pos: 0 };
    let owned_elsewhere = text;
    println!("{} at {}", &r.source[r.pos..4], owned_elsewhere.len());
}

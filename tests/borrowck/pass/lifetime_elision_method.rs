struct Cursor<'a> {
    source: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.source[self.pos..]
    }
    fn advance(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.source.len());
    }
}

fn main() {
    let text = String::from("abcdef");
    let tail;
    {
        let mut c = Cursor { source: &text, pos: 0 };
        c.advance(2);
        tail = c.rest();
    }
    println!("{}", tail);
}

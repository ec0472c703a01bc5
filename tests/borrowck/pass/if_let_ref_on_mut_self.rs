struct Parser {
    pending: Option<Vec<char>>,
}

impl Parser {
    fn flush(&mut self) -> usize {
        if let Some(buf) = &self.pending {
            let n = buf.len();
            self.pending = None;
            return n;
        }
        0
    }
    fn flush_owned(&mut self) -> Vec<char> {
        if let Some(buf) = self.pending.take() {
            return buf;
        }
        Vec::new()
    }
}

fn main() {
    let mut p = Parser { pending: Some(vec!['a', 'b']) };
    println!("{} {}", p.flush(), p.flush());
    p.pending = Some(vec!['z']);
    println!("{:?}", p.flush_owned());
}

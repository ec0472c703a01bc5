struct Parser {
    pending: Option<Vec<char>>,
}

impl Parser {
    fn flush(&mut self) -> usize {
        if let Some(buf) = self.pending {
            return buf.len();
        }
        0
    }
}

fn main() {
    let mut p = Parser { pending: Some(vec!['a', 'b']) };
    println!("{}", p.flush());
}

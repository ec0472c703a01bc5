struct Parser {
    input: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.input.get(self.pos).copied()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }
    fn number(&mut self) -> u32 {
        let mut n = 0;
        while let Some(c) = self.peek() {
            if let Some(d) = c.to_digit(10) {
                n = n * 10 + d;
                self.bump();
            } else {
                break;
            }
        }
        n
    }
}

fn main() {
    let mut p = Parser { input: "42+17".chars().collect(), pos: 0 };
    let a = p.number();
    let op = p.bump();
    let b = p.number();
    println!("{} {:?} {} = {}", a, op, b, a + b);
}

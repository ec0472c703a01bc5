struct Session<'a> {
    log: &'a mut String,
}

impl<'a> Drop for Session<'a> {
    fn drop(&mut self) {
        self.log.push_str("closed;");
    }
}

impl<'a> Session<'a> {
    fn note(&mut self, s: &str) {
        self.log.push_str(s);
        self.log.push(';');
    }
}

fn main() {
    let mut log = String::new();
    {
        let mut s = Session { log: &mut log };
        s.note("opened");
        s.note("used");
    }
    println!("{}", log);
}

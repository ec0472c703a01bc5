struct Session<'a> {
    log: &'a mut String,
}

impl<'a> Drop for Session<'a> {
    fn drop(&mut self) {
        self.log.push_str("closed;");
    }
}

fn session_log<'a>(s: Session<'a>) -> &'a mut String {
    s.log
}

fn main() {
    let mut log = String::new();
    let s = Session { log: &mut log };
    session_log(s).push_str("used;");
    println!("{}", log);
}

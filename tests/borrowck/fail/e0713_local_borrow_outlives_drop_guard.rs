struct Logger<'a> {
    out: &'a mut Vec<String>,
}

impl<'a> Drop for Logger<'a> {
    fn drop(&mut self) {
        self.out.push(String::from("logger closed"));
    }
}

fn main() {
    let mut lines = Vec::new();
    let first;
    {
        let log = Logger { out: &mut lines };
        first = &log.out[0];
    }
    println!("{}", first);
}

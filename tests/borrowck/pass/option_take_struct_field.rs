#[derive(Debug)]
struct Connection {
    pending: Option<String>,
    sent: Vec<String>,
}

impl Connection {
    fn flush(&mut self) {
        if let Some(msg) = self.pending.take() {
            self.sent.push(msg);
        }
    }
}

fn main() {
    let mut c = Connection { pending: Some("GET /".into()), sent: vec![] };
    c.flush();
    c.flush();
    c.pending = Some("POST /x".into());
    c.flush();
    println!("{:?}", c);
}

struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.host);
    }
}

fn main() {
    let conn = Connection { host: String::from("db.local") };
    let host = &conn.host;
    drop(conn);
    println!("was connected to {}", host);
}

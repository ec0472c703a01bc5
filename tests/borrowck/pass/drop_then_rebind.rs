struct Conn {
    id: u32,
}

impl Drop for Conn {
    fn drop(&mut self) {
        println!("closing conn {}", self.id);
    }
}

fn main() {
    let mut conn = Conn { id: 1 };
    println!("using {}", conn.id);
    drop(conn);
    conn = Conn { id: 2 };
    println!("using {}", conn.id);
    let conn = Conn { id: 3 };
    println!("shadowed with {}", conn.id);
}

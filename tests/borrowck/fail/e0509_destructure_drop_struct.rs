struct Guard {
    name: String,
    level: u8,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} released", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("lock-a"), level: 2 };
    let Guard { name, level } = g;
    println!("{} {}", name, level);
}

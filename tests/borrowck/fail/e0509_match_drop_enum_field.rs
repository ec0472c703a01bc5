struct Handle {
    id: u32,
    label: Option<String>,
}

impl Drop for Handle {
    fn drop(&mut self) {
        println!("closing handle {}", self.id);
    }
}

fn label_of(h: Handle) -> String {
    match h.label {
        Some(l) => l,
        None => String::from("unnamed"),
    }
}

fn main() {
    let h = Handle { id: 1, label: Some(String::from("stdin")) };
    println!("{}", label_of(h));
}

// editions: 2015 2018 2021 2024
// A block used as a function argument whose tail borrows a temporary (`{ ..; &format!(..) }`): before
// 2024 the String lives until the end of the enclosing statement; 2024 drops it at the end of the block
// (E0716 temporary value dropped while borrowed).
struct Label {
    width: usize,
}

impl Label {
    fn render(&self, text: &str) -> String {
        format!("[{:<w$}]", text, w = self.width)
    }
}

fn measure(s: &str) -> usize {
    s.chars().count()
}

fn main() {
    let label = Label { width: 10 };
    let ids = [3, 41, 592];
    for id in ids.iter() {
        let n = measure({
            let prefix = if *id > 100 { "big" } else { "id" };
            &format!("{}-{}", prefix, id)
        });
        println!("{} ({} chars)", label.render(&id.to_string()), n);
    }
}

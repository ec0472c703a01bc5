struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let trimmed = self.rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        let (w, r) = trimmed.split_at(end);
        self.rest = r;
        Some(w)
    }
}

fn main() {
    let text = String::from("  borrow  the   words ");
    let collected: Vec<&str> = Words { rest: &text }.collect();
    println!("{:?}", collected);
}

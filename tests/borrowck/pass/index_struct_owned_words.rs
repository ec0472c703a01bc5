struct Index<'a> {
    words: Vec<&'a str>,
}

impl<'a> Index<'a> {
    fn add(&mut self, w: &'a str) {
        self.words.push(w);
    }
}

fn main() {
    let text = String::from("one two three");
    let mut idx = Index { words: Vec::new() };
    for w in text.split(' ') {
        idx.add(w);
    }
    idx.words.sort();
    println!("{:?}", idx.words);
}

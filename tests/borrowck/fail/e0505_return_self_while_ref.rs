struct Document {
    title: String,
    body: String,
}

impl Document {
    fn into_body(self) -> String {
        self.body
    }
}

fn main() {
    let doc = Document { title: String::from("Notes"), body: String::from("...") };
    let title = &doc.title;
    let body = doc.into_body();
    println!("{}: {}", title, body);
}

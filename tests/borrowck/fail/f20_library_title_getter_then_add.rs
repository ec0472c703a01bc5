// Library catalog with a getter that returns a borrowed title.
struct Book {
    title: String,
    year: u16,
}

struct Library {
    books: Vec<Book>,
}

impl Library {
    fn oldest_title(&self) -> &str {
        self.books
            .iter()
            .min_by_key(|b| b.year)
            .map(|b| b.title.as_str())
            .unwrap_or("(empty)")
    }

    fn add(&mut self, title: &str, year: u16) {
        self.books.push(Book { title: title.to_string(), year });
    }
}

fn main() {
    let mut lib = Library { books: Vec::new() };
    lib.add("Dune", 1965);
    lib.add("Neuromancer", 1984);

    let oldest = lib.oldest_title();
    lib.add("Foundation", 1951);

    println!("oldest before acquisition: {}", oldest);
    println!("catalog size: {}", lib.books.len());
}

struct Library {
    books: Vec<(String, u16)>,
}

impl Library {
    fn published_after(&self, year: u16) -> impl Iterator<Item = &String> + '_ {
        self.books.iter().filter(move |(_, y)| *y > year).map(|(t, _)| t)
    }
}

fn main() {
    let mut lib = Library {
        books: vec![("SICP".into(), 1985), ("TRPL".into(), 2018), ("CLRS".into(), 1990)],
    };
    let recent: Vec<&String> = lib.published_after(1989).collect();
    println!("{:?}", recent);
    lib.books.push(("Rust Atomics".into(), 2023));
    println!("{}", lib.published_after(2000).count());
}

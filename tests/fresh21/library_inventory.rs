use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Genre { Fiction, Science, History, Poetry }

#[derive(Debug, Clone)]
struct Book { isbn: u32, title: String, author: String, year: u16, genre: Genre, copies: u32, loans: u32 }

#[derive(Default)]
struct Library { books: HashMap<u32, Book>, by_author: BTreeMap<String, Vec<u32>> }

impl Library {
    fn add(&mut self, isbn: u32, title: &str, author: &str, year: u16, genre: Genre, copies: u32) {
        let book = Book { isbn, title: title.into(), author: author.into(), year, genre, copies, loans: 0 };
        self.by_author.entry(author.to_string()).or_insert_with(Vec::new).push(isbn);
        self.books.insert(isbn, book);
    }
    fn lend(&mut self, isbn: u32) -> Result<&Book, String> {
        let b = self.books.get_mut(&isbn).ok_or_else(|| format!("unknown isbn {}", isbn))?;
        if b.loans >= b.copies {
            return Err(format!("'{}' has no copies left", b.title));
        }
        b.loans += 1;
        Ok(b)
    }
    fn give_back(&mut self, isbn: u32) -> bool {
        match self.books.get_mut(&isbn) {
            Some(b) if b.loans > 0 => { b.loans -= 1; true }
            _ => false,
        }
    }
    fn find_title(&self, needle: &str) -> Option<&Book> {
        let mut hits: Vec<&Book> = self.books.values().filter(|b| b.title.to_lowercase().contains(needle)).collect();
        hits.sort_by_key(|b| b.isbn);
        hits.into_iter().next()
    }
}

fn main() {
    let mut lib = Library::default();
    lib.add(1001, "The Silent Sea", "Ortiz", 1998, Genre::Fiction, 2);
    lib.add(1002, "Atoms and Void", "Nakamura", 2010, Genre::Science, 1);
    lib.add(1003, "Empires of Salt", "Ortiz", 2005, Genre::History, 3);
    lib.add(1004, "Quiet Verses", "Abara", 1998, Genre::Poetry, 1);
    lib.add(1005, "Cells in Motion", "Nakamura", 2018, Genre::Science, 2);
    lib.add(1006, "River of Kings", "Bell", 1987, Genre::History, 1);

    for isbn in [1002, 1002, 1001, 1004, 9999, 1006] {
        match lib.lend(isbn) {
            Ok(b) => println!("lent '{}' ({}/{} out)", b.title, b.loans, b.copies),
            Err(e) => println!("cannot lend: {}", e),
        }
    }
    println!("return 1002: {}, return 1003: {}", lib.give_back(1002), lib.give_back(1003));

    let mut all: Vec<&Book> = lib.books.values().collect();
    all.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| a.title.cmp(&b.title)));
    println!("-- by year desc, then title --");
    for b in &all { println!("{:>4} {:<18} {:<9} {:?}", b.year, b.title, b.author, b.genre); }

    let mut per_genre: BTreeMap<Genre, (u32, u32)> = BTreeMap::new();
    for b in lib.books.values() {
        let e = per_genre.entry(b.genre.clone()).or_insert((0, 0));
        e.0 += b.copies;
        e.1 += b.loans;
    }
    println!("-- per genre (copies, loaned) --");
    for (g, (c, l)) in &per_genre { println!("{:?}: {} copies, {} loaned", g, c, l); }

    println!("-- authors --");
    for (author, isbns) in &lib.by_author {
        let titles: Vec<&str> = isbns.iter().map(|i| lib.books[i].title.as_str()).collect();
        println!("{}: {}", author, titles.join(", "));
    }
    let mut available: Vec<(u32, &str)> = lib.books.values().map(|b| (b.copies - b.loans, b.title.as_str())).collect();
    available.sort_by_key(|&(n, t)| (std::cmp::Reverse(n), t));
    println!("availability: {:?}", available);
    let found = lib.find_title("salt");
    println!("search 'salt': {:?}", found.map(|b| &b.title));
    let wanted = "dragon";
    let b = lib.find_title(wanted).expect("requested book is not in the catalogue");
    println!("unreachable {}", b.title);
}

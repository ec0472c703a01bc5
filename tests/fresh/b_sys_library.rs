mod library {
    use std::collections::{BTreeMap, HashMap};
    use std::fmt;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct BookId(pub u32);

    #[derive(Debug, Clone)]
    pub struct Book {
        pub id: BookId,
        pub title: String,
        pub author: String,
        pub year: u16,
    }

    impl fmt::Display for Book {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "[{}] \"{}\" by {} ({})", self.id.0, self.title, self.author, self.year)
        }
    }

    #[derive(Debug, PartialEq)]
    pub enum LoanError {
        UnknownBook(BookId),
        AlreadyLoaned { by: String },
        NotLoaned,
        LimitReached(usize),
    }

    pub struct Library {
        books: BTreeMap<BookId, Book>,
        loans: HashMap<BookId, String>,
        pub max_loans: usize,
    }

    impl Library {
        pub fn new(max_loans: usize) -> Self {
            Library { books: BTreeMap::new(), loans: HashMap::new(), max_loans }
        }

        pub fn add(&mut self, title: &str, author: &str, year: u16) -> BookId {
            let id = BookId(self.books.len() as u32 + 1);
            self.books.insert(id, Book { id, title: title.into(), author: author.into(), year });
            id
        }

        pub fn lend(&mut self, id: BookId, member: &str) -> Result<&Book, LoanError> {
            let book = self.books.get(&id).ok_or(LoanError::UnknownBook(id))?;
            if let Some(who) = self.loans.get(&id) {
                return Err(LoanError::AlreadyLoaned { by: who.clone() });
            }
            let count = self.loans.values().filter(|m| m.as_str() == member).count();
            if count >= self.max_loans {
                return Err(LoanError::LimitReached(count));
            }
            self.loans.insert(id, member.to_string());
            Ok(book)
        }

        pub fn give_back(&mut self, id: BookId) -> Result<String, LoanError> {
            self.loans.remove(&id).ok_or(LoanError::NotLoaned)
        }

        pub fn available(&self) -> impl Iterator<Item = &Book> {
            self.books.values().filter(move |b| !self.loans.contains_key(&b.id))
        }

        pub fn by_author(&self) -> BTreeMap<&str, Vec<&str>> {
            let mut m: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            for b in self.books.values() {
                m.entry(b.author.as_str()).or_default().push(&b.title);
            }
            m
        }
    }
}

use library::{BookId, Library, LoanError};

fn main() {
    let mut lib = Library::new(2);
    let dune = lib.add("Dune", "Frank Herbert", 1965);
    let hobbit = lib.add("The Hobbit", "J.R.R. Tolkien", 1937);
    let lotr = lib.add("The Lord of the Rings", "J.R.R. Tolkien", 1954);
    let neu = lib.add("Neuromancer", "William Gibson", 1984);

    match lib.lend(dune, "ana") {
        Ok(b) => println!("ana borrowed {}", b),
        Err(e) => println!("error: {:?}", e),
    }
    println!("{:?}", lib.lend(dune, "ben").map(|b| b.title.clone()));
    println!("{:?}", lib.lend(hobbit, "ana").map(|b| b.year));
    println!("{:?}", lib.lend(lotr, "ana").map(|b| b.year));
    println!("{:?}", lib.lend(BookId(42), "ana").err());
    println!("available:");
    for b in lib.available() {
        println!("  {}", b);
    }
    println!("return dune: {:?}", lib.give_back(dune));
    println!("return dune again: {:?}", lib.give_back(dune));
    assert_eq!(lib.give_back(neu), Err(LoanError::NotLoaned));
    println!("ben borrows lotr: {}", lib.lend(lotr, "ben").is_ok());
    let titles: Vec<String> = lib.available().map(|b| b.title.to_uppercase()).collect();
    println!("available now: {}", titles.join(" | "));
    for (author, titles) in lib.by_author() {
        println!("{:>16}: {:?}", author, titles);
    }
    println!("max loans per member: {}", lib.max_loans);
}

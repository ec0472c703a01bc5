use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::process;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Isbn(String);

#[derive(Debug)]
struct Book { isbn: Isbn, title: String, copies: u8 }

#[derive(Debug)]
enum LoanError { UnknownBook(Isbn), NoCopies { title: String }, LimitReached { member: String, limit: usize }, NotBorrowed }

impl fmt::Display for LoanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoanError::UnknownBook(i) => write!(f, "no book with ISBN {}", i.0),
            LoanError::NoCopies { title } => write!(f, "all copies of '{title}' are out"),
            LoanError::LimitReached { member, limit } => write!(f, "{member} already has {limit} books"),
            LoanError::NotBorrowed => write!(f, "book was not borrowed by this member"),
        }
    }
}

struct Library { books: HashMap<Isbn, Book>, loans: BTreeMap<String, BTreeSet<Isbn>>, limit: usize }

impl Library {
    fn checkout(&mut self, member: &str, isbn: &str) -> Result<&str, LoanError> {
        let key = Isbn(isbn.to_string());
        let held = self.loans.get(member).map_or(0, |s| s.len());
        if held >= self.limit { return Err(LoanError::LimitReached { member: member.into(), limit: self.limit }); }
        let book = self.books.get_mut(&key).ok_or_else(|| LoanError::UnknownBook(key.clone()))?;
        book.copies = book.copies.checked_sub(1).ok_or_else(|| LoanError::NoCopies { title: book.title.clone() })?;
        self.loans.entry(member.to_string()).or_default().insert(key);
        Ok(&book.title)
    }
    fn give_back(&mut self, member: &str, isbn: &str) -> Result<u8, LoanError> {
        let key = Isbn(isbn.to_string());
        let removed = self.loans.get_mut(member).map_or(false, |s| s.remove(&key));
        if !removed { return Err(LoanError::NotBorrowed); }
        let book = self.books.get_mut(&key).ok_or(LoanError::UnknownBook(key))?;
        book.copies += 1;
        Ok(book.copies)
    }
}

fn main() {
    let catalog = [("978-0", "Dune", 2), ("978-1", "Emma", 1), ("978-2", "Ulysses", 0), ("978-3", "Beloved", 3)];
    let books = catalog.iter()
        .map(|&(i, t, c)| (Isbn(i.into()), Book { isbn: Isbn(i.into()), title: t.into(), copies: c }))
        .collect::<HashMap<_, _>>();
    let mut lib = Library { books, loans: BTreeMap::new(), limit: 2 };

    let script = [("out", "ann", "978-0"), ("out", "bob", "978-0"), ("out", "cid", "978-0"), ("out", "ann", "978-2"),
                  ("out", "ann", "978-1"), ("out", "ann", "978-3"), ("in", "bob", "978-1"), ("in", "bob", "978-0"),
                  ("out", "cid", "978-0"), ("out", "dee", "999-9")];
    let mut errors = 0u32;
    for (op, who, isbn) in script {
        let outcome = match op {
            "out" => lib.checkout(who, isbn).map(|t| format!("{who} took '{t}'")),
            "in" => lib.give_back(who, isbn).map(|n| format!("{who} returned {isbn}, now {n} on shelf")),
            _ => unreachable!(),
        };
        match outcome {
            Ok(msg) => println!("ok   {msg}"),
            Err(e) => { errors += 1; println!("FAIL {op:>3} {who}: {e}"); }
        }
    }
    println!("loans:");
    for (member, set) in lib.loans.iter().filter(|(_, s)| !s.is_empty()) {
        let titles: Vec<&str> = set.iter().map(|i| lib.books[i].title.as_str()).collect();
        println!("  {member:<4} {titles:?}");
    }
    let mut shelf: Vec<&Book> = lib.books.values().collect();
    shelf.sort_by(|a, b| b.copies.cmp(&a.copies).then_with(|| a.title.cmp(&b.title)));
    for b in &shelf { println!("  {:<8} {:>2} left  [{}]", b.title, b.copies, b.isbn.0); }
    let everyone: BTreeSet<&String> = lib.loans.keys().collect();
    println!("members seen: {:?}", everyone);
    if errors > 3 {
        eprintln!("too many errors: {errors}");
        println!("exiting with status 3");
        process::exit(3);
    }
    println!("not reached");
}

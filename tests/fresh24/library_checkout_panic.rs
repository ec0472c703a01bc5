use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct BookId(u32);

#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    copies: u8,
    out: u8,
}

#[derive(Debug, Default)]
struct Member {
    name: String,
    borrowed: HashSet<BookId>,
    fines: u32,
}

struct Library {
    books: BTreeMap<BookId, Book>,
    members: HashMap<u32, Member>,
    day: u32,
    loans: Vec<(u32, BookId, u32)>,
}

#[derive(Debug)]
enum LoanError {
    Unavailable(String),
    Limit { member: String, max: usize },
    AlreadyHas,
}

impl fmt::Display for LoanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LoanError::Unavailable(t) => write!(f, "all copies of '{}' are out", t),
            LoanError::Limit { member, max } => write!(f, "{} already has {} books", member, max),
            LoanError::AlreadyHas => f.write_str("member already has this book"),
        }
    }
}

const MAX_LOANS: usize = 2;
const LOAN_DAYS: u32 = 14;
const FINE_PER_DAY: u32 = 25;

impl Library {
    fn checkout(&mut self, member: u32, id: BookId) -> Result<(), LoanError> {
        let m = self.members.get_mut(&member).unwrap();
        let book = self.books.get_mut(&id).unwrap();
        if m.borrowed.contains(&id) {
            return Err(LoanError::AlreadyHas);
        }
        if m.borrowed.len() >= MAX_LOANS {
            return Err(LoanError::Limit { member: m.name.clone(), max: MAX_LOANS });
        }
        if book.out >= book.copies {
            return Err(LoanError::Unavailable(book.title.clone()));
        }
        book.out += 1;
        m.borrowed.insert(id);
        self.loans.push((member, id, self.day));
        Ok(())
    }

    fn give_back(&mut self, member: u32, id: BookId) -> u32 {
        let idx = self.loans.iter().position(|&(m, b, _)| m == member && b == id).unwrap();
        let (_, _, since) = self.loans.remove(idx);
        let late = self.day.saturating_sub(since + LOAN_DAYS);
        let fine = late * FINE_PER_DAY;
        let m = self.members.get_mut(&member).unwrap();
        m.borrowed.remove(&id);
        m.fines += fine;
        self.books.get_mut(&id).unwrap().out -= 1;
        fine
    }
}

fn main() {
    let mut lib = Library { books: BTreeMap::new(), members: HashMap::new(), day: 1, loans: vec![] };
    for (i, (t, a, c)) in [("Dune", "Herbert", 2), ("Emma", "Austen", 1), ("Ulysses", "Joyce", 1)].into_iter().enumerate() {
        lib.books.insert(BookId(100 + i as u32), Book { title: t.into(), author: a.into(), copies: c, out: 0 });
    }
    for (id, name) in [(1, "mia"), (2, "noah"), (3, "olga")] {
        lib.members.insert(id, Member { name: name.to_string(), ..Default::default() });
    }
    let plan: [(u32, u32, u32); 7] = [(1, 1, 100), (1, 2, 100), (2, 1, 101), (3, 2, 101), (3, 1, 102), (5, 1, 100), (6, 3, 100)];
    for (day, member, book) in plan {
        lib.day = day;
        match lib.checkout(member, BookId(book)) {
            Ok(()) => println!("day {:>2}: {} took {}", day, lib.members[&member].name, lib.books[&BookId(book)].title),
            Err(e) => println!("day {:>2}: refused: {}", day, e),
        }
    }
    lib.day = 20;
    println!("day 20: mia returns Dune, fine {}", lib.give_back(1, BookId(100)));
    lib.day = 30;
    println!("day 30: noah returns Dune, fine {}", lib.give_back(2, BookId(100)));
    for (id, b) in &lib.books {
        println!("{:?} {:<8} by {:<8} {}/{} out", id, b.title, b.author, b.out, b.copies);
    }
    let mut owing: Vec<(&String, u32)> = lib.members.values().map(|m| (&m.name, m.fines)).filter(|&(_, f)| f > 0).collect();
    owing.sort();
    println!("fines: {:?}", owing);
    lib.day = 31;
    println!("day 31: olga returns Ulysses...");
    let fine = lib.give_back(3, BookId(102));
    println!("fine {}", fine);
}

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Book {
    title: String,
    year: u16,
    borrower: Option<Weak<RefCell<Member>>>,
    times_loaned: u32,
}

#[derive(Debug)]
struct Member {
    name: String,
    loans: Vec<Rc<RefCell<Book>>>,
    limit: usize,
}

#[derive(Debug, PartialEq)]
enum LoanError { AlreadyOut { title: String, holder: String }, LimitReached(String), NotHolding }

type MemberRef = Rc<RefCell<Member>>;
type BookRef = Rc<RefCell<Book>>;

fn lend(book: &BookRef, member: &MemberRef) -> Result<(), LoanError> {
    if let Some(holder) = book.borrow().borrower.as_ref().and_then(Weak::upgrade) {
        return Err(LoanError::AlreadyOut { title: book.borrow().title.clone(), holder: holder.borrow().name.clone() });
    }
    let mut m = member.borrow_mut();
    if m.loans.len() >= m.limit {
        return Err(LoanError::LimitReached(m.name.clone()));
    }
    m.loans.push(Rc::clone(book));
    let mut b = book.borrow_mut();
    b.borrower = Some(Rc::downgrade(member));
    b.times_loaned += 1;
    Ok(())
}

fn give_back(book: &BookRef, member: &MemberRef) -> Result<(), LoanError> {
    let mut m = member.borrow_mut();
    let pos = m.loans.iter().position(|b| Rc::ptr_eq(b, book)).ok_or(LoanError::NotHolding)?;
    m.loans.swap_remove(pos);
    book.borrow_mut().borrower = None;
    Ok(())
}

fn status(books: &[BookRef]) {
    for b in books {
        let b = b.borrow();
        let who = b.borrower.as_ref().and_then(|w| w.upgrade()).map(|m| m.borrow().name.clone());
        println!("  {:<24} {} loaned {}x  holder: {}", b.title, b.year, b.times_loaned, who.as_deref().unwrap_or("-"));
    }
}

fn main() {
    let books: Vec<BookRef> = [("Dune", 1965), ("Neuromancer", 1984), ("The Left Hand of Darkness", 1969), ("Hyperion", 1989)]
        .iter()
        .map(|&(t, y)| Rc::new(RefCell::new(Book { title: t.to_string(), year: y, borrower: None, times_loaned: 0 })))
        .collect();
    let ann = Rc::new(RefCell::new(Member { name: "Ann".into(), loans: vec![], limit: 2 }));
    let ben = Rc::new(RefCell::new(Member { name: "Ben".into(), loans: vec![], limit: 1 }));

    let actions: Vec<(&str, usize, &MemberRef)> = vec![
        ("lend", 0, &ann), ("lend", 1, &ann), ("lend", 2, &ann), ("lend", 0, &ben),
        ("return", 0, &ann), ("lend", 0, &ben), ("return", 3, &ben), ("lend", 3, &ben), ("return", 1, &ann), ("lend", 2, &ann),
    ];
    for (i, (act, idx, who)) in actions.iter().enumerate() {
        let res = match *act {
            "lend" => lend(&books[*idx], who),
            _ => give_back(&books[*idx], who),
        };
        let title = books[*idx].borrow().title.clone();
        println!("{:>2}. {:<6} {:<12} {:<4} -> {:?}", i + 1, act, title.chars().take(12).collect::<String>(), who.borrow().name, res);
    }
    status(&books);
    println!("rc counts: {:?}", books.iter().map(Rc::strong_count).collect::<Vec<_>>());
    let mut by_decade: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    for b in &books {
        let b = b.borrow();
        by_decade.entry(b.year / 10 * 10).or_default().push(b.title.clone());
    }
    println!("by decade: {:?}", by_decade);
    let total: u32 = books.iter().map(|b| b.borrow().times_loaned).sum();
    println!("total loans: {}, Ann holds {}, Ben holds {}", total, ann.borrow().loans.len(), ben.borrow().loans.len());
    drop(ben);
    println!("after Ben leaves:");
    status(&books);
    println!("rc counts: {:?}", books.iter().map(Rc::strong_count).collect::<Vec<_>>());
}

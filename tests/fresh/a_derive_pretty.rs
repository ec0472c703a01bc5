// Nested derived Debug structures printed with {:?} and {:#?}: a small library catalogue.
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Genre {
    Fiction,
    Science,
    History,
}

#[derive(Debug, Clone, PartialEq)]
struct Author {
    name: String,
    born: Option<u16>,
}

#[derive(Debug, Clone, PartialEq)]
struct Book {
    title: String,
    author: Author,
    year: u16,
    genre: Genre,
    loans: Vec<(u32, Option<u32>)>,
}

#[derive(Debug, Default)]
struct Library {
    books: Vec<Book>,
    members: BTreeMap<u32, String>,
}

fn main() {
    let mut lib = Library::default();
    lib.members.insert(7, "Quinn".to_string());
    lib.members.insert(3, "Parker".to_string());
    let le_guin = Author { name: "Ursula K. Le Guin".into(), born: Some(1929) };
    lib.books.push(Book { title: "The Dispossessed".into(), author: le_guin.clone(), year: 1974, genre: Genre::Fiction, loans: vec![(7, Some(14)), (3, None)] });
    lib.books.push(Book { title: "A Brief History of Time".into(), author: Author { name: "Stephen Hawking".into(), born: Some(1942) }, year: 1988, genre: Genre::Science, loans: vec![] });
    lib.books.push(Book { title: "SPQR".into(), author: Author { name: "Mary Beard".into(), born: None }, year: 2015, genre: Genre::History, loans: vec![(3, Some(21))] });

    println!("{:?}", lib.books[2]);
    println!("{:#?}", lib.books[0]);
    println!("{:#?}", lib.members);

    let on_loan: Vec<(&str, &String)> = lib
        .books
        .iter()
        .flat_map(|b| b.loans.iter().filter(|(_, ret)| ret.is_none()).map(move |(m, _)| (b.title.as_str(), m)))
        .filter_map(|(t, m)| lib.members.get(m).map(|name| (t, name)))
        .collect();
    println!("currently on loan: {:?}", on_loan);

    let by_genre: BTreeMap<&Genre, Vec<&str>> = lib.books.iter().fold(BTreeMap::new(), |mut m, b| {
        m.entry(&b.genre).or_insert_with(Vec::new).push(&b.title);
        m
    });
    println!("{:#?}", by_genre);
    let unknown_birth = lib.books.iter().find(|b| b.author.born.is_none()).map(|b| &b.author);
    println!("{:?}", unknown_birth);
    println!("{:#?}", (Genre::Science, Some(()), [1u8, 2], "tuple"));
    let ages: Vec<Option<u16>> = lib.books.iter().map(|b| b.author.born.map(|y| b.year - y)).collect();
    println!("author age at publication: {:?}", ages);
    println!("same author twice? {}", lib.books[0].author == le_guin);
    let empty: Library = Library::default();
    println!("{:#?}", empty);
}

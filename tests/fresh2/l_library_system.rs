use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Available,
    Loaned { to: u32, due: u32 },
    Lost,
}

#[derive(Debug)]
struct Book {
    title: String,
    author: String,
    year: u16,
    status: Status,
}

#[derive(Debug)]
struct Member<'a> {
    name: &'a str,
    max_loans: usize,
}

fn parse_catalog(text: &str) -> Vec<Book> {
    let mut books = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let [title, author, year] = parts[..] else {
            println!("skipping malformed line: {line}");
            continue;
        };
        let Ok(year) = year.parse::<u16>() else {
            println!("bad year in: {line}");
            continue;
        };
        books.push(Book { title: title.to_string(), author: author.to_string(), year, status: Status::Available });
    }
    books
}

fn main() {
    let catalog = "
        Dune | Frank Herbert | 1965
        // classic
        Neuromancer | William Gibson | 1984
        Foundation | Isaac Asimov | 1951
        broken line without fields
        I, Robot | Isaac Asimov | 19x0
        Hyperion | Dan Simmons | 1989
        The Left Hand of Darkness | Ursula K. Le Guin | 1969
    ";
    let mut books = parse_catalog(catalog);
    let members: HashMap<u32, Member> = HashMap::from([
        (1, Member { name: "ana", max_loans: 2 }),
        (2, Member { name: "raj", max_loans: 1 }),
    ]);

    let requests = [(1, "Dune"), (1, "Hyperion"), (1, "Foundation"), (2, "Dune"), (2, "Foundation"), (3, "Neuromancer"), (2, "Missing Book")];
    let mut day = 10;
    for (member_id, title) in requests {
        day += 1;
        let Some(member) = members.get(&member_id) else {
            println!("day {day}: unknown member {member_id}");
            continue;
        };
        let loans = books.iter().filter(|b| matches!(b.status, Status::Loaned { to, .. } if to == member_id)).count();
        if loans >= member.max_loans {
            println!("day {day}: {} has too many loans ({loans})", member.name);
            continue;
        }
        if let Some(book) = books.iter_mut().find(|b| b.title == title)
            && book.status == Status::Available
        {
            book.status = Status::Loaned { to: member_id, due: day + 14 };
            println!("day {day}: {} borrows {title:?}", member.name);
        } else {
            println!("day {day}: {title:?} is not available for {}", member.name);
        }
    }

    books[2].status = Status::Lost;
    let today = 26;
    'report: for book in &books {
        match &book.status {
            Status::Loaned { to, due } if *due < today => {
                println!("OVERDUE: {} (member {}, due day {due})", book.title, members[to].name);
            }
            Status::Lost => {
                println!("LOST: {} -- stopping report", book.title);
                break 'report;
            }
            _ => {}
        }
    }

    let mut by_author: BTreeMap<&str, Vec<(u16, &str)>> = BTreeMap::new();
    for b in &books {
        by_author.entry(&b.author).or_default().push((b.year, &b.title));
    }
    for (author, mut titles) in by_author {
        titles.sort();
        let list: Vec<String> = titles.iter().map(|(y, t)| format!("{t} ({y})")).collect();
        println!("{author:<20} {}", list.join("; "));
    }
    let decades = books.iter().fold(BTreeMap::new(), |mut m, b| {
        *m.entry(b.year / 10 * 10).or_insert(0) += 1;
        m
    });
    println!("by decade: {decades:?}");
    let status_counts: Vec<String> = books
        .iter()
        .map(|b| match b.status {
            Status::Available => "A",
            Status::Loaned { .. } => "L",
            Status::Lost => "X",
        })
        .map(String::from)
        .collect();
    println!("statuses: {}", status_counts.concat());
}

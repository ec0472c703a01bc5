// Derived Default/Clone/Debug on nested types, printed with {:#?}.
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq)]
enum Priority {
    Low,
    #[default]
    Normal,
    High(u8),
}

#[derive(Debug, Clone, Default)]
struct Assignee {
    name: String,
    email: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Ticket {
    id: u32,
    title: String,
    priority: Priority,
    tags: Vec<&'static str>,
    assignee: Option<Assignee>,
    estimate: (u8, f32),
}

#[derive(Debug, Default)]
struct Board {
    name: String,
    columns: BTreeMap<String, Vec<Ticket>>,
    archived: Vec<u32>,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Wrapper(i32, &'static str);

fn main() {
    let t0 = Ticket::default();
    println!("{:?}", t0);
    println!("{:#?}", t0);

    let base = Ticket {
        id: 7,
        title: "Fix login".into(),
        priority: Priority::High(2),
        tags: vec!["auth", "bug"],
        assignee: Some(Assignee { name: "Rin".into(), email: None }),
        estimate: (3, 1.5),
    };
    let follow_up = Ticket { id: 8, title: "Add tests".into(), priority: Priority::Low, tags: vec![], ..base.clone() };
    let mut board = Board { name: "Sprint 4".into(), ..Default::default() };
    board.columns.entry("todo".into()).or_default().push(follow_up);
    board.columns.entry("doing".into()).or_default().push(base);
    board.columns.insert("done".into(), vec![]);
    board.archived.extend([1, 2, 3]);
    println!("{:#?}", board);

    let highest = board
        .columns
        .values()
        .flatten()
        .filter(|t| matches!(t.priority, Priority::High(_)))
        .map(|t| t.id)
        .collect::<Vec<_>>();
    println!("high: {:?}", highest);
    println!("{:#?}", (Unit, Wrapper(-1, "w"), Some(Priority::Normal), None::<u8>));
    let nested: Vec<Option<Result<u8, String>>> = vec![Some(Ok(1)), None, Some(Err("bad".into()))];
    println!("{:#?}", nested);
    println!("{:?}", Priority::default() == Priority::Normal);
    let empty: Vec<i32> = Vec::new();
    println!("{:#?} {:#?}", empty, BTreeMap::<u8, u8>::new());
    println!("{:#?}", "quote\"tab\t");
}

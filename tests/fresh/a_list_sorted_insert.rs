// Sorted linked list of names: insert in order, remove, find, dedup.
#[derive(Debug)]
struct Node {
    name: String,
    score: i32,
    next: Option<Box<Node>>,
}

struct SortedList {
    head: Option<Box<Node>>,
}

impl SortedList {
    fn new() -> Self {
        SortedList { head: None }
    }

    fn insert(&mut self, name: &str, score: i32) {
        let mut cursor = &mut self.head;
        while cursor.as_ref().is_some_and(|n| n.score >= score) {
            cursor = &mut cursor.as_mut().unwrap().next;
        }
        let rest = cursor.take();
        *cursor = Some(Box::new(Node { name: name.to_string(), score, next: rest }));
    }

    fn remove(&mut self, name: &str) -> Option<i32> {
        let mut cursor = &mut self.head;
        loop {
            match cursor {
                None => return None,
                Some(node) if node.name == name => {
                    let removed = cursor.take().unwrap();
                    *cursor = removed.next;
                    return Some(removed.score);
                }
                Some(node) => cursor = &mut node.next,
            }
        }
    }

    fn find(&self, name: &str) -> Option<&Node> {
        let mut cur = self.head.as_deref();
        while let Some(n) = cur {
            if n.name.eq_ignore_ascii_case(name) {
                return Some(n);
            }
            cur = n.next.as_deref();
        }
        None
    }

    fn print(&self) {
        let mut cur = self.head.as_deref();
        let mut rank = 1;
        while let Some(n) = cur {
            println!("  {:>2}. {:<8}{:>5}", rank, n.name, n.score);
            rank += 1;
            cur = n.next.as_deref();
        }
    }
}

fn main() {
    let mut board = SortedList::new();
    let entries = [("alice", 320), ("bob", 150), ("carol", 410), ("dave", 150), ("erin", 275)];
    for (name, score) in entries.iter() {
        board.insert(name, *score);
    }
    println!("Leaderboard:");
    board.print();

    println!("remove bob -> {:?}", board.remove("bob"));
    println!("remove zed -> {:?}", board.remove("zed"));
    board.insert("frank", 500);
    println!("After changes:");
    board.print();

    match board.find("CAROL") {
        Some(node) => println!("found {} with {} (next: {:?})", node.name, node.score,
            node.next.as_ref().map(|n| n.name.as_str())),
        None => println!("carol missing"),
    }
    let missing = board.find("bob").map_or("not found".to_string(), |n| n.name.clone());
    println!("bob: {}", missing);
}

#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}

fn push_back(head: &mut Node, val: i32) {
    let mut cur = head;
    while let Some(ref mut next) = cur.next {
        cur = next;
    }
    cur.next = Some(Box::new(Node { val, next: None }));
}

fn main() {
    let mut list = Node { val: 1, next: None };
    push_back(&mut list, 2);
    push_back(&mut list, 3);
    let mut cur = Some(&list);
    while let Some(n) = cur {
        print!("{} ", n.val);
        cur = n.next.as_deref();
    }
    println!();
}

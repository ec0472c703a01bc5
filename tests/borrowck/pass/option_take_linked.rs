struct Node {
    val: u32,
    next: Option<Box<Node>>,
}

fn reverse(mut head: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut prev = None;
    while let Some(mut node) = head {
        head = node.next.take();
        node.next = prev;
        prev = Some(node);
    }
    prev
}

fn main() {
    let mut list = None;
    for v in 1..=4 {
        list = Some(Box::new(Node { val: v, next: list }));
    }
    let mut cur = reverse(list);
    while let Some(node) = cur {
        print!("{} ", node.val);
        cur = node.next;
    }
    println!();
}

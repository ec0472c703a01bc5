// Borrowed linked list: a node created in a loop body is linked by reference.
struct Node<'a> {
    value: i32,
    next: Option<&'a Node<'a>>,
}

fn sum(list: Option<&Node>) -> i32 {
    let mut total = 0;
    let mut cur = list;
    while let Some(n) = cur {
        total += n.value;
        cur = n.next;
    }
    total
}

fn main() {
    let tail = Node { value: 1, next: None };
    let mut head: &Node = &tail;

    for v in 2..=4 {
        let node = Node { value: v, next: Some(head) };
        // Mistake: `node` is dropped at the end of each iteration.
        head = &node;
    }

    println!("sum of list = {}", sum(Some(head)));
}

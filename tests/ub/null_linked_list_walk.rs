struct Node {
    value: i32,
    next: *const Node,
}

fn main() {
    let c = Node { value: 3, next: std::ptr::null() };
    let b = Node { value: 2, next: &c };
    let a = Node { value: 1, next: &b };
    let mut cur: *const Node = &a;
    let mut sum = 0;
    for _ in 0..4 {
        unsafe {
            sum += (*cur).value;
            println!("visited {}", (*cur).value);
            cur = (*cur).next;
        }
    }
    println!("sum = {}", sum);
}

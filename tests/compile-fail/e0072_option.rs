struct Node {
    value: u8,
    next: Option<Node>,
}

fn main() {}

#[derive(Debug)]
struct Node<'a> {
    name: &'a str,
    parent: Option<&'a Node<'a>>,
}

fn main() {
    let root = Node { name: "root", parent: None };
    let leaf;
    {
        let mid = Node { name: "mid", parent: Some(&root) };
        leaf = Node { name: "leaf", parent: Some(&mid) };
    }
    println!("{:?}", leaf.parent.map(|p| p.name));
}

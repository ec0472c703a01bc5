#[derive(Debug)]
struct Node<'a> {
    name: &'a str,
    parent: Option<&'a Node<'a>>,
}

fn path(n: &Node) -> String {
    match n.parent {
        Some(p) => format!("{}/{}", path(p), n.name),
        None => n.name.to_string(),
    }
}

fn main() {
    let root = Node { name: "root", parent: None };
    let mid = Node { name: "mid", parent: Some(&root) };
    let leaf = Node { name: "leaf", parent: Some(&mid) };
    println!("{}", path(&leaf));
    println!("{:?}", leaf.parent.map(|p| p.name));
}

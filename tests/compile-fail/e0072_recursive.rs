enum Tree {
    Leaf(i32),
    Node(Tree, Tree),
}

fn main() {
    let t = Tree::Leaf(1);
}

#[derive(Debug)]
struct Tree {
    val: i32,
    children: Vec<Tree>,
}

fn main() {
    let mut t = Tree {
        val: 1,
        children: vec![Tree { val: 2, children: vec![] }, Tree { val: 3, children: vec![] }],
    };
    let left = &mut t.children[0];
    let root = &mut t;
    root.val += 10;
    left.val += 100;
    println!("{:?}", t);
}

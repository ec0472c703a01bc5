#[derive(Debug)]
struct Tree {
    val: i32,
    children: Vec<Tree>,
}

fn add_depth(t: &mut Tree, depth: i32) {
    t.val += depth * 100;
    for c in t.children.iter_mut() {
        add_depth(c, depth + 1);
    }
}

fn sum(t: &Tree) -> i32 {
    t.val + t.children.iter().map(sum).sum::<i32>()
}

fn main() {
    let mut t = Tree {
        val: 1,
        children: vec![
            Tree { val: 2, children: vec![Tree { val: 4, children: vec![] }] },
            Tree { val: 3, children: vec![] },
        ],
    };
    add_depth(&mut t, 0);
    println!("sum {}", sum(&t));
    println!("{:?}", t.children[0].children[0]);
}

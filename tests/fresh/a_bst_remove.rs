// BST with deletion (using min-successor), plus level-order printing with VecDeque.
use std::collections::VecDeque;

type Tree = Option<Box<Node>>;

struct Node {
    val: i32,
    left: Tree,
    right: Tree,
}

fn insert(tree: &mut Tree, val: i32) {
    match tree {
        None => *tree = Some(Box::new(Node { val, left: None, right: None })),
        Some(n) if val < n.val => insert(&mut n.left, val),
        Some(n) => insert(&mut n.right, val),
    }
}

fn take_min(tree: &mut Tree) -> Option<i32> {
    if tree.as_ref()?.left.is_some() {
        take_min(&mut tree.as_mut().unwrap().left)
    } else {
        let node = tree.take().unwrap();
        *tree = node.right;
        Some(node.val)
    }
}

fn remove(tree: &mut Tree, val: i32) -> bool {
    let Some(node) = tree else { return false };
    if val < node.val {
        return remove(&mut node.left, val);
    }
    if val > node.val {
        return remove(&mut node.right, val);
    }
    match (node.left.take(), node.right.take()) {
        (None, None) => *tree = None,
        (Some(l), None) => *tree = Some(l),
        (None, Some(r)) => *tree = Some(r),
        (Some(l), Some(r)) => {
            node.left = Some(l);
            node.right = Some(r);
            node.val = take_min(&mut node.right).expect("right subtree not empty");
        }
    }
    true
}

fn levels(tree: &Tree) -> Vec<Vec<i32>> {
    let mut out: Vec<Vec<i32>> = Vec::new();
    let mut queue: VecDeque<(&Node, usize)> = VecDeque::new();
    if let Some(root) = tree.as_deref() {
        queue.push_back((root, 0));
    }
    while let Some((node, depth)) = queue.pop_front() {
        if out.len() <= depth {
            out.push(Vec::new());
        }
        out[depth].push(node.val);
        for child in [&node.left, &node.right].into_iter().flatten() {
            queue.push_back((child, depth + 1));
        }
    }
    out
}

fn print_levels(title: &str, tree: &Tree) {
    println!("{}:", title);
    for (d, level) in levels(tree).iter().enumerate() {
        let s: Vec<String> = level.iter().map(|v| format!("{:3}", v)).collect();
        println!("  L{} {}", d, s.concat());
    }
}

fn main() {
    let mut root: Tree = None;
    for v in [8, 3, 10, 1, 6, 14, 4, 7, 13] {
        insert(&mut root, v);
    }
    print_levels("initial", &root);
    for v in [1, 10, 3, 8, 99] {
        let ok = remove(&mut root, v);
        println!("remove {:>2}: {}", v, if ok { "ok" } else { "not found" });
    }
    print_levels("after removals", &root);
    let flat: Vec<i32> = levels(&root).into_iter().flatten().collect();
    println!("bfs order: {:?}", flat);
    let mut sorted = flat.clone();
    sorted.sort_unstable();
    println!("sorted: {:?}, binary_search(7) = {:?}, binary_search(5) = {:?}",
        sorted, sorted.binary_search(&7), sorted.binary_search(&5));
}

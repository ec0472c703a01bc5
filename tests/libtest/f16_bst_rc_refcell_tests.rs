// A binary search tree using Rc<RefCell<Node>> links (a common, if clumsy,
// first attempt at trees in Rust).
use std::cell::RefCell;
use std::rc::Rc;

type Link = Option<Rc<RefCell<Node>>>;

#[derive(Debug)]
pub struct Node {
    value: i32,
    left: Link,
    right: Link,
}

#[derive(Debug, Default)]
pub struct Tree {
    root: Link,
    size: usize,
}

impl Tree {
    pub fn new() -> Self { Tree::default() }

    pub fn insert(&mut self, value: i32) -> bool {
        let new_node = Rc::new(RefCell::new(Node { value, left: None, right: None }));
        let mut current = match &self.root {
            None => {
                self.root = Some(new_node);
                self.size += 1;
                return true;
            }
            Some(r) => Rc::clone(r),
        };
        loop {
            let next = {
                let mut node = current.borrow_mut();
                if value == node.value {
                    return false;
                }
                let slot = if value < node.value { &mut node.left } else { &mut node.right };
                match slot {
                    Some(child) => Rc::clone(child),
                    None => {
                        *slot = Some(Rc::clone(&new_node));
                        self.size += 1;
                        return true;
                    }
                }
            };
            current = next;
        }
    }

    pub fn contains(&self, value: i32) -> bool {
        let mut cur = self.root.clone();
        while let Some(node) = cur {
            let n = node.borrow();
            if value == n.value {
                return true;
            }
            cur = if value < n.value { n.left.clone() } else { n.right.clone() };
        }
        false
    }

    pub fn in_order(&self) -> Vec<i32> {
        fn walk(link: &Link, out: &mut Vec<i32>) {
            if let Some(node) = link {
                let n = node.borrow();
                walk(&n.left, out);
                out.push(n.value);
                walk(&n.right, out);
            }
        }
        let mut out = Vec::new();
        walk(&self.root, &mut out);
        out
    }

    pub fn height(&self) -> usize {
        fn h(link: &Link) -> usize {
            match link {
                None => 0,
                Some(n) => {
                    let n = n.borrow();
                    1 + h(&n.left).max(h(&n.right))
                }
            }
        }
        h(&self.root)
    }

    pub fn len(&self) -> usize { self.size }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree_from(values: &[i32]) -> Tree {
        let mut t = Tree::new();
        for &v in values {
            t.insert(v);
        }
        t
    }

    #[test]
    fn empty_tree() {
        let t = Tree::new();
        assert_eq!(t.len(), 0);
        assert_eq!(t.height(), 0);
        assert!(t.in_order().is_empty());
    }

    #[test]
    fn sorted_output() {
        let t = tree_from(&[5, 3, 8, 1, 4, 7, 9]);
        assert_eq!(t.in_order(), vec![1, 3, 4, 5, 7, 8, 9]);
    }

    #[test]
    fn duplicates_rejected() {
        let mut t = tree_from(&[2, 1, 3]);
        assert!(!t.insert(2), "2 was already present");
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn contains_values() {
        let t = tree_from(&[10, 5, 15]);
        for v in [10, 5, 15] {
            assert!(t.contains(v), "tree should contain {}", v);
        }
        assert!(!t.contains(11));
    }

    #[test]
    fn degenerate_height() {
        let t = tree_from(&[1, 2, 3, 4, 5]);
        assert_eq!(t.height(), 5, "inserting sorted data makes a linked list");
    }

    #[test]
    fn balanced_height() {
        assert_eq!(tree_from(&[4, 2, 6, 1, 3, 5, 7]).height(), 3);
    }
}

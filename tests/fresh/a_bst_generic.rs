// Generic BST map: K: Ord, V: Clone. Word -> definition dictionary.
use std::cmp::Ordering;
use std::fmt::Debug;

struct Node<K, V> {
    key: K,
    value: V,
    left: Option<Box<Node<K, V>>>,
    right: Option<Box<Node<K, V>>>,
}

struct TreeMap<K, V> {
    root: Option<Box<Node<K, V>>>,
}

impl<K: Ord + Debug, V: Clone> TreeMap<K, V> {
    fn new() -> Self {
        TreeMap { root: None }
    }

    fn insert(&mut self, key: K, value: V) -> Option<V> {
        let mut cur = &mut self.root;
        loop {
            match cur {
                None => {
                    *cur = Some(Box::new(Node { key, value, left: None, right: None }));
                    return None;
                }
                Some(node) => match key.cmp(&node.key) {
                    Ordering::Less => cur = &mut node.left,
                    Ordering::Greater => cur = &mut node.right,
                    Ordering::Equal => return Some(std::mem::replace(&mut node.value, value)),
                },
            }
        }
    }

    fn get(&self, key: &K) -> Option<&V> {
        let mut cur = self.root.as_deref();
        while let Some(node) = cur {
            cur = match key.cmp(&node.key) {
                Ordering::Less => node.left.as_deref(),
                Ordering::Greater => node.right.as_deref(),
                Ordering::Equal => return Some(&node.value),
            };
        }
        None
    }

    fn visit<F: FnMut(&K, &V)>(&self, mut f: F) {
        fn go<K, V, F: FnMut(&K, &V)>(n: Option<&Node<K, V>>, f: &mut F) {
            if let Some(n) = n {
                go(n.left.as_deref(), f);
                f(&n.key, &n.value);
                go(n.right.as_deref(), f);
            }
        }
        go(self.root.as_deref(), &mut f);
    }

    fn depth_of(&self, key: &K) -> Option<usize> {
        let mut cur = self.root.as_deref();
        let mut depth = 0;
        while let Some(node) = cur {
            if *key == node.key {
                return Some(depth);
            }
            depth += 1;
            cur = if *key < node.key { node.left.as_deref() } else { node.right.as_deref() };
        }
        None
    }
}

fn main() {
    let mut dict: TreeMap<String, String> = TreeMap::new();
    let entries = vec![
        ("mango", "a tropical fruit"),
        ("apple", "a round fruit"),
        ("zebra", "a striped animal"),
        ("kiwi", "a small brown fruit"),
        ("banana", "a long yellow fruit"),
    ];
    for (k, v) in &entries {
        dict.insert(k.to_string(), v.to_string());
    }
    let old = dict.insert("apple".into(), "a crunchy fruit".into());
    println!("replaced apple: {:?}", old);

    let mut count = 0;
    dict.visit(|k, v| {
        count += 1;
        println!("{:<7} => {}", k, v);
    });
    println!("{} entries", count);

    for w in ["kiwi", "grape"] {
        let key = w.to_string();
        println!("{}: {} (depth {:?})", w, dict.get(&key).map(|s| s.as_str()).unwrap_or("<missing>"), dict.depth_of(&key));
    }

    let mut ages: TreeMap<u32, &str> = TreeMap::new();
    for (age, name) in [(42, "ann"), (17, "bo"), (65, "cy"), (30, "di")] {
        ages.insert(age, name);
    }
    let mut names = Vec::new();
    ages.visit(|age, name| names.push(format!("{}({})", name, age)));
    println!("by age: {}", names.join(" < "));
}

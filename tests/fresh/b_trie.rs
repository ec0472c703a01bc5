use std::collections::HashMap;

#[derive(Default, Debug)]
struct Node {
    children: HashMap<char, Box<Node>>,
    terminal: bool,
    count: u32,
}

#[derive(Default)]
struct Trie {
    root: Node,
    words: usize,
}

impl Trie {
    fn insert(&mut self, word: &str) {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_default();
            node.count += 1;
        }
        if !node.terminal {
            self.words += 1;
        }
        node.terminal = true;
    }

    fn find(&self, prefix: &str) -> Option<&Node> {
        let mut node = &self.root;
        for c in prefix.chars() {
            node = node.children.get(&c)?;
        }
        Some(node)
    }

    fn contains(&self, word: &str) -> bool {
        self.find(word).map_or(false, |n| n.terminal)
    }

    fn collect(node: &Node, prefix: &mut String, out: &mut Vec<String>) {
        if node.terminal {
            out.push(prefix.clone());
        }
        let mut keys: Vec<&char> = node.children.keys().collect();
        keys.sort();
        for k in keys {
            prefix.push(*k);
            Self::collect(&node.children[k], prefix, out);
            prefix.pop();
        }
    }

    fn complete(&self, prefix: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.find(prefix) {
            let mut p = prefix.to_string();
            Self::collect(n, &mut p, &mut out);
        }
        out
    }

    fn longest_common_prefix(&self) -> String {
        let mut node = &self.root;
        let mut s = String::new();
        while node.children.len() == 1 && !node.terminal {
            let (c, next) = node.children.iter().next().unwrap();
            s.push(*c);
            node = next;
        }
        s
    }
}

fn main() {
    let text = "to tea ted ten inn in tent tease teapot tenant a an ant";
    let mut t = Trie::default();
    for w in text.split(' ') {
        t.insert(w);
    }
    t.insert("tea");
    println!("words stored: {}", t.words);
    for w in ["tea", "te", "tent", "tenth", "an", ""] {
        println!("contains {:?}: {}", w, t.contains(w));
    }
    for p in ["te", "tea", "a", "in", "x", ""] {
        let c = t.complete(p);
        let n = t.find(p).map(|n| n.count).unwrap_or(0);
        println!("complete {:?} ({} through): {:?}", p, n, c);
    }
    println!("lcp of all: {:?}", t.longest_common_prefix());
    let mut t2 = Trie::default();
    for w in ["flower", "flow", "flight"] {
        t2.insert(w);
    }
    println!("lcp of flower/flow/flight: {:?}", t2.longest_common_prefix());
    let mut t3 = Trie::default();
    for w in ["interstellar", "internet", "interval"] {
        t3.insert(w);
    }
    println!("lcp: {:?}", t3.longest_common_prefix());
}

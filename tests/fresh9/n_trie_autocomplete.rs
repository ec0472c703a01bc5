use std::collections::BTreeMap;

#[derive(Default, Debug)]
struct Node { children: BTreeMap<char, Node>, count: u32, terminal: bool }

#[derive(Default)]
struct Trie { root: Node, words: usize }

impl Trie {
    fn insert(&mut self, word: &str) -> bool {
        let mut node = &mut self.root;
        for ch in word.chars() {
            node = node.children.entry(ch).or_default();
            node.count += 1;
        }
        let fresh = !node.terminal;
        node.terminal = true;
        if fresh { self.words += 1; }
        fresh
    }

    fn find(&self, prefix: &str) -> Option<&Node> {
        prefix.chars().try_fold(&self.root, |n, c| n.children.get(&c))
    }

    fn collect(node: &Node, buf: &mut String, out: &mut Vec<String>, limit: usize) {
        if out.len() >= limit { return; }
        if node.terminal { out.push(buf.clone()); }
        for (&c, child) in &node.children {
            buf.push(c);
            Self::collect(child, buf, out, limit);
            buf.pop();
        }
    }

    fn complete(&self, prefix: &str, limit: usize) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(n) = self.find(prefix) {
            let mut buf = prefix.to_string();
            Self::collect(n, &mut buf, &mut out, limit);
        }
        out
    }

    fn longest_common_prefix(&self) -> String {
        let mut s = String::new();
        let mut node = &self.root;
        while let (1, false) = (node.children.len(), node.terminal) {
            let (c, next) = node.children.iter().next().unwrap();
            s.push(*c);
            node = next;
        }
        s
    }

    fn depth(node: &Node) -> usize {
        node.children.values().map(|c| 1 + Self::depth(c)).max().unwrap_or(0)
    }
}

fn main() {
    let text = "car cart carbon care careful cat catalog dog dot dote doting card car cargo";
    let mut t = Trie::default();
    let dupes: Vec<&str> = text.split_whitespace().filter(|w| !t.insert(w)).collect();
    println!("{} unique words, duplicates {:?}", t.words, dupes);
    for p in ["car", "cat", "do", "dot", "x", ""] {
        let hits = t.complete(p, 4);
        let count = t.find(p).map_or(0, |n| n.count);
        println!("{:>7} ({count:>2} pass) -> {}", format!("{p:?}"), if hits.is_empty() { "-".to_string() } else { hits.join(", ") });
    }
    println!("is 'care' a word? {}", t.find("care").is_some_and(|n| n.terminal));
    println!("is 'ca' a word? {}", t.find("ca").is_some_and(|n| n.terminal));
    println!("depth {}", Trie::depth(&t.root));
    let mut lcp = Trie::default();
    for w in ["interview", "internet", "interval", "internal"] { lcp.insert(w); }
    println!("lcp = {:?}", lcp.longest_common_prefix());
    lcp.insert("inter");
    println!("lcp after adding 'inter' = {:?}", lcp.longest_common_prefix());

    let first_letters: BTreeMap<char, u32> = t.root.children.iter().map(|(c, n)| (*c, n.count)).collect();
    println!("first letters: {:?}", first_letters);
    let mut branching = vec![];
    let mut stack = vec![(String::new(), &t.root)];
    while let Some((path, node)) = stack.pop() {
        if node.children.len() > 1 { branching.push(format!("{}({})", if path.is_empty() { "^" } else { &path }, node.children.len())); }
        for (c, child) in node.children.iter().rev() { stack.push((format!("{path}{c}"), child)); }
    }
    println!("branch points: {}", branching.join(" "));
    let mut opt: Option<Vec<String>> = None;
    opt.get_or_insert_with(Vec::new).push("first".into());
    opt.get_or_insert_with(|| vec!["ignored".into()]).push("second".into());
    let taken = opt.take();
    println!("{:?} then {:?}", taken, opt);
    let mut slot = Some(3);
    let old = slot.replace(7);
    println!("replace: old={old:?} new={slot:?} zip={:?}", slot.zip(Some('z')));
    println!("{:?}", slot.filter(|v| *v > 5).map_or(-1, |v| v * 2));
}

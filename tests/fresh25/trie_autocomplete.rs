use std::collections::BTreeMap;

#[derive(Default, Debug)]
struct TrieNode {
    children: BTreeMap<char, Box<TrieNode>>,
    count: u32,
}

#[derive(Default)]
struct Trie {
    root: TrieNode,
    words: usize,
}

impl Trie {
    fn insert(&mut self, word: &str) {
        let mut node = &mut self.root;
        for c in word.chars() {
            node = node.children.entry(c).or_insert_with(Default::default);
        }
        if node.count == 0 {
            self.words += 1;
        }
        node.count += 1;
    }

    fn find(&self, prefix: &str) -> Option<&TrieNode> {
        let mut node = &self.root;
        for c in prefix.chars() {
            node = node.children.get(&c)?;
        }
        Some(node)
    }

    fn collect(node: &TrieNode, buf: &mut String, out: &mut Vec<(String, u32)>) {
        if node.count > 0 {
            out.push((buf.clone(), node.count));
        }
        for (&c, child) in &node.children {
            buf.push(c);
            Self::collect(child, buf, out);
            buf.pop();
        }
    }

    fn complete(&self, prefix: &str, limit: usize) -> Vec<(String, u32)> {
        let Some(start) = self.find(prefix) else { return Vec::new() };
        let mut out = Vec::new();
        let mut buf = prefix.to_string();
        Self::collect(start, &mut buf, &mut out);
        out.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.len().cmp(&b.0.len())).then_with(|| a.0.cmp(&b.0)));
        out.truncate(limit);
        out
    }

    fn remove(&mut self, word: &str) -> bool {
        fn go(node: &mut TrieNode, chars: &[char]) -> (bool, bool) {
            match chars.split_first() {
                None => {
                    if node.count == 0 { return (false, false); }
                    node.count = 0;
                    (true, node.children.is_empty())
                }
                Some((c, rest)) => {
                    let Some(child) = node.children.get_mut(c) else { return (false, false) };
                    let (removed, prune) = go(child, rest);
                    if prune {
                        node.children.remove(c);
                    }
                    (removed, removed && node.count == 0 && node.children.is_empty())
                }
            }
        }
        let chars: Vec<char> = word.chars().collect();
        let (removed, _) = go(&mut self.root, &chars);
        if removed { self.words -= 1; }
        removed
    }

    fn longest_common_prefix(&self) -> String {
        let mut node = &self.root;
        let mut s = String::new();
        while node.count == 0 && node.children.len() == 1 {
            let (&c, child) = node.children.iter().next().unwrap();
            s.push(c);
            node = child;
        }
        s
    }

    fn node_count(node: &TrieNode) -> usize {
        1 + node.children.values().map(|c| Self::node_count(c)).sum::<usize>()
    }
}

fn main() {
    let text = "the theory of the thermal theme then there the other thin thing think thinking thinks thy tea team tear tea";
    let mut t = Trie::default();
    for w in text.split_whitespace() {
        t.insert(w);
    }
    println!("distinct words: {}, nodes: {}", t.words, Trie::node_count(&t.root));
    for p in ["th", "the", "thin", "te", "x", ""] {
        let list = t.complete(p, 5);
        let shown: Vec<String> = list.iter().map(|(w, c)| if *c > 1 { format!("{}({})", w, c) } else { w.clone() }).collect();
        println!("{:>6} -> [{}]", format!("{:?}", p), shown.join(", "));
    }
    for w in ["thinking", "thin", "tea", "zzz", "thinking"] {
        let before = Trie::node_count(&t.root);
        let ok = t.remove(w);
        println!("remove {:<9} {:<5} nodes {} -> {}", w, ok, before, Trie::node_count(&t.root));
    }
    println!("after removal 'thin' -> {:?}", t.complete("thin", 10));
    let mut t2 = Trie::default();
    for w in ["interstellar", "internet", "interval", "internal"] {
        t2.insert(w);
    }
    println!("lcp = {:?}", t2.longest_common_prefix());
    t2.insert("inter");
    println!("lcp with 'inter' = {:?}", t2.longest_common_prefix());
    let reversed: Vec<String> = t2.complete("inter", 10).into_iter().map(|(w, _)| w.chars().rev().collect()).collect();
    println!("reversed: {:?}", reversed);
    let mut suffix = Trie::default();
    for w in ["walking", "talking", "sing", "bring", "walked", "talked"] {
        suffix.insert(&w.chars().rev().collect::<String>());
    }
    let ing: Vec<String> = suffix.complete("gni", 10).into_iter().map(|(w, _)| w.chars().rev().collect()).collect();
    println!("ends with -ing: {:?}", ing);
    println!("has 'the'? {} has 'th'? {}", t.find("the").map_or(false, |n| n.count > 0), t.find("th").map_or(false, |n| n.count > 0));
}

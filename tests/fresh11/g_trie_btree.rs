// Trie over BTreeMap children, generic values, prefix iteration, FromIterator/Extend.
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct TrieNode<V> {
    value: Option<V>,
    children: BTreeMap<char, TrieNode<V>>,
}

#[derive(Debug, Default)]
pub struct Trie<V> {
    root: TrieNode<V>,
    len: usize,
}

impl<V> Trie<V> {
    pub fn new() -> Self {
        Trie { root: TrieNode { value: None, children: BTreeMap::new() }, len: 0 }
    }

    pub fn insert(&mut self, key: &str, value: V) -> Option<V> {
        let mut node = &mut self.root;
        for c in key.chars() {
            node = node.children.entry(c).or_insert_with(|| TrieNode { value: None, children: BTreeMap::new() });
        }
        let old = node.value.replace(value);
        if old.is_none() {
            self.len += 1;
        }
        old
    }

    fn find(&self, prefix: &str) -> Option<&TrieNode<V>> {
        prefix.chars().try_fold(&self.root, |n, c| n.children.get(&c))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key)?.value.as_ref()
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let mut node = &mut self.root;
        for c in key.chars() {
            node = node.children.get_mut(&c)?;
        }
        node.value.as_mut()
    }

    pub fn with_prefix<'a>(&'a self, prefix: &str) -> Vec<(String, &'a V)> {
        let mut out = Vec::new();
        if let Some(n) = self.find(prefix) {
            let mut buf = prefix.to_string();
            Self::collect(n, &mut buf, &mut out);
        }
        out
    }

    fn collect<'a>(node: &'a TrieNode<V>, buf: &mut String, out: &mut Vec<(String, &'a V)>) {
        if let Some(v) = &node.value {
            out.push((buf.clone(), v));
        }
        for (&c, child) in &node.children {
            buf.push(c);
            Self::collect(child, buf, out);
            buf.pop();
        }
    }

    pub fn longest_prefix_of<'k>(&self, text: &'k str) -> Option<(&'k str, &V)> {
        let mut node = &self.root;
        let mut best = node.value.as_ref().map(|v| (0, v));
        for (i, c) in text.char_indices() {
            match node.children.get(&c) {
                Some(n) => node = n,
                None => break,
            }
            if let Some(v) = &node.value {
                best = Some((i + c.len_utf8(), v));
            }
        }
        best.map(|(end, v)| (&text[..end], v))
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

impl<'s, V> FromIterator<(&'s str, V)> for Trie<V> {
    fn from_iter<I: IntoIterator<Item = (&'s str, V)>>(iter: I) -> Self {
        let mut t = Trie::new();
        t.extend(iter);
        t
    }
}

impl<'s, V> Extend<(&'s str, V)> for Trie<V> {
    fn extend<I: IntoIterator<Item = (&'s str, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

fn main() {
    let mut t: Trie<u32> = [("car", 1), ("cart", 2), ("care", 3), ("cat", 4), ("dog", 5)].into_iter().collect();
    println!("len = {}", t.len());
    println!("get car = {:?}, get ca = {:?}, get cars = {:?}", t.get("car"), t.get("ca"), t.get("cars"));
    println!("prefix 'car': {:?}", t.with_prefix("car"));
    println!("prefix 'c' keys: {:?}", t.with_prefix("c").into_iter().map(|(k, _)| k).collect::<Vec<_>>());
    println!("prefix 'z': {:?}", t.with_prefix("z"));

    println!("replace cat: {:?}", t.insert("cat", 40));
    if let Some(v) = t.get_mut("dog") {
        *v *= 100;
    }
    t.extend(vec![("", 0), ("do", 6)]);
    println!("len after = {}", t.len());
    let all: Vec<String> = t.with_prefix("").iter().map(|(k, v)| format!("{:?}={}", k, v)).collect();
    println!("all: {}", all.join(" "));

    for text in ["cartoon", "carpet", "dot", "xyz", "cat"] {
        println!("longest prefix of {:?}: {:?}", text, t.longest_prefix_of(text));
    }

    let mut routes: Trie<&'static str> = Trie::new();
    routes.extend([("/", "root"), ("/api", "api"), ("/api/v1", "v1"), ("/static", "files")]);
    for path in ["/api/v1/users", "/api/v2", "/static/x.css", "/other"] {
        let (matched, handler) = routes.longest_prefix_of(path).unwrap();
        println!("{:<15} -> {} (matched {:?})", path, handler, matched);
    }
    let sum: u32 = t.with_prefix("ca").iter().map(|(_, v)| **v).sum();
    println!("sum under 'ca' = {}", sum);
}

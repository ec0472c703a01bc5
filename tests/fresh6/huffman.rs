use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap};

#[derive(Debug)]
enum Node {
    Leaf { ch: char, freq: usize },
    Internal { freq: usize, left: Box<Node>, right: Box<Node> },
}

impl Node {
    fn freq(&self) -> usize {
        match self { Node::Leaf { freq, .. } | Node::Internal { freq, .. } => *freq }
    }
    fn min_char(&self) -> char {
        match self { Node::Leaf { ch, .. } => *ch, Node::Internal { left, right, .. } => left.min_char().min(right.min_char()) }
    }
}

struct Ranked(Node);
impl PartialEq for Ranked { fn eq(&self, o: &Self) -> bool { self.cmp(o) == Ordering::Equal } }
impl Eq for Ranked {}
impl PartialOrd for Ranked { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }
impl Ord for Ranked {
    fn cmp(&self, o: &Self) -> Ordering {
        (self.0.freq(), self.0.min_char()).cmp(&(o.0.freq(), o.0.min_char()))
    }
}

fn build(text: &str) -> Option<Node> {
    let freqs: BTreeMap<char, usize> = text.chars().fold(BTreeMap::new(), |mut m, c| { *m.entry(c).or_insert(0) += 1; m });
    let mut heap: BinaryHeap<Reverse<Ranked>> = freqs.iter().map(|(&ch, &freq)| Reverse(Ranked(Node::Leaf { ch, freq }))).collect();
    while heap.len() > 1 {
        let Reverse(Ranked(a)) = heap.pop()?;
        let Reverse(Ranked(b)) = heap.pop()?;
        heap.push(Reverse(Ranked(Node::Internal { freq: a.freq() + b.freq(), left: Box::new(a), right: Box::new(b) })));
    }
    heap.pop().map(|Reverse(Ranked(n))| n)
}

fn assign(node: &Node, prefix: String, codes: &mut BTreeMap<char, String>) {
    match node {
        Node::Leaf { ch, .. } => { codes.insert(*ch, if prefix.is_empty() { "0".to_string() } else { prefix }); }
        Node::Internal { left, right, .. } => {
            assign(left, format!("{}0", prefix), codes);
            assign(right, prefix + "1", codes);
        }
    }
}

fn decode(root: &Node, bits: &str) -> String {
    let mut out = String::new();
    let mut cur = root;
    for b in bits.chars() {
        if let Node::Internal { left, right, .. } = cur {
            cur = if b == '0' { left } else { right };
        }
        if let Node::Leaf { ch, .. } = cur {
            out.push(*ch);
            cur = root;
        }
    }
    out
}

fn main() {
    for text in ["abracadabra", "mississippi river", "aaaa", "the rain in spain stays mainly"] {
        let Some(tree) = build(text) else { continue };
        let mut codes = BTreeMap::new();
        assign(&tree, String::new(), &mut codes);
        println!("text {:?} (root freq {})", text, tree.freq());
        let mut table: Vec<(&char, &String)> = codes.iter().collect();
        table.sort_by(|a, b| a.1.len().cmp(&b.1.len()).then(a.0.cmp(b.0)));
        for (ch, code) in &table {
            let n = text.chars().filter(|c| c == *ch).count();
            println!("  {:?} x{:<2} {:>8}", ch, n, code);
        }
        let bits: String = text.chars().map(|c| codes[&c].as_str()).collect();
        let original = text.len() * 8;
        println!("  bits: {}", if bits.len() > 48 { format!("{}...", &bits[..48]) } else { bits.clone() });
        println!("  {} -> {} bits, ratio {:.3}", original, bits.len(), bits.len() as f64 / original as f64);
        let back = decode(&tree, &bits);
        println!("  round trip ok: {}", back == text);
    }
    println!("empty input tree: {:?}", build("").map(|n| n.freq()));
    println!("size_of Node={} Box<Node>={}", std::mem::size_of::<Node>(), std::mem::size_of::<Box<Node>>());
}

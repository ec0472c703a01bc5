// Word frequency with a hand-written BST keyed by String; compares to BTreeMap.
use std::collections::BTreeMap;

#[derive(Debug)]
struct Node {
    word: String,
    count: u32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(word: &str) -> Box<Node> {
        Box::new(Node { word: word.to_owned(), count: 1, left: None, right: None })
    }
}

fn add(slot: &mut Option<Box<Node>>, word: &str) {
    match slot {
        None => *slot = Some(Node::new(word)),
        Some(node) => match word.cmp(node.word.as_str()) {
            std::cmp::Ordering::Less => add(&mut node.left, word),
            std::cmp::Ordering::Greater => add(&mut node.right, word),
            std::cmp::Ordering::Equal => node.count += 1,
        },
    }
}

fn collect<'a>(slot: &'a Option<Box<Node>>, out: &mut Vec<(&'a str, u32)>) {
    if let Some(node) = slot {
        collect(&node.left, out);
        out.push((&node.word, node.count));
        collect(&node.right, out);
    }
}

fn height(slot: &Option<Box<Node>>) -> u32 {
    slot.as_ref().map_or(0, |n| 1 + height(&n.left).max(height(&n.right)))
}

fn main() {
    let text = "It was the best of times, it was the worst of times, it was the age of wisdom, \
                it was the age of foolishness; it was the epoch of belief.";
    let mut root = None;
    let mut reference = BTreeMap::new();
    for raw in text.split_whitespace() {
        let word: String = raw
            .trim_matches(|c: char| c.is_ascii_punctuation())
            .to_lowercase();
        if word.is_empty() {
            continue;
        }
        add(&mut root, &word);
        *reference.entry(word).or_insert(0u32) += 1;
    }

    let mut pairs = Vec::new();
    collect(&root, &mut pairs);
    println!("distinct words: {}, tree height: {}", pairs.len(), height(&root));
    for (w, c) in &pairs {
        println!("{:>12} {}", w, "*".repeat(*c as usize));
    }
    let same = pairs.iter().zip(reference.iter()).all(|((w1, c1), (w2, c2))| w1 == w2 && c1 == c2);
    println!("matches BTreeMap: {}", same);

    let mut by_count = pairs.clone();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let top: Vec<String> = by_count.iter().take(3).map(|(w, c)| format!("{}={}", w, c)).collect();
    println!("top 3: {}", top.join(", "));
    println!("root word: {:?}", root.as_ref().map(|n| &n.word));
}

use std::sync::atomic::{AtomicUsize, Ordering};

static CLONES: AtomicUsize = AtomicUsize::new(0);
static DROPS: AtomicUsize = AtomicUsize::new(0);

struct Label {
    text: String,
}

impl Label {
    fn new(t: &str) -> Self {
        Label { text: t.to_string() }
    }
}

impl Clone for Label {
    fn clone(&self) -> Self {
        CLONES.fetch_add(1, Ordering::SeqCst);
        Label { text: self.text.clone() }
    }
}

impl Drop for Label {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone)]
struct Team {
    name: String,
    members: Vec<String>,
}

fn stats(when: &str) {
    println!(
        "[{:<26}] clones={} drops={}",
        when,
        CLONES.load(Ordering::SeqCst),
        DROPS.load(Ordering::SeqCst)
    );
}

fn by_ref(v: &[Label]) -> usize {
    v.iter().map(|l| l.text.len()).sum()
}

fn by_value(v: Vec<Label>) -> usize {
    v.len()
}

fn main() {
    println!("-- Copy types --");
    let p = Point { x: 1, y: 2 };
    let mut q = p; // bitwise copy; p still usable
    q.x = 10;
    println!("p={:?} q={:?} equal={}", p, q, p == q);

    println!("-- derived Clone deep-copies heap data --");
    let t1 = Team { name: "red".into(), members: vec!["ann".into(), "bo".into()] };
    let mut t2 = t1.clone();
    t2.members.push("cy".into());
    println!("t1={:?}", t1);
    println!("t2={:?}", t2);
    println!("same heap buffer? {}", t1.members.as_ptr() == t2.members.as_ptr());

    println!("-- counting clones --");
    let labels: Vec<Label> = ["alpha", "beta", "gamma"].iter().map(|s| Label::new(s)).collect();
    stats("created 3");
    let total = by_ref(&labels);
    stats("passed by reference");
    println!("total text len {}", total);
    let copy = labels.clone();
    stats("vec.clone()");
    let n = by_value(copy);
    stats("moved clone into fn");
    println!("fn saw {} labels", n);
    let first_two: Vec<Label> = labels[..2].to_vec();
    stats("to_vec of 2");
    let extended: Vec<Label> = labels.iter().cloned().chain(first_two.into_iter()).collect();
    stats("cloned() + moved 2");
    println!("extended len {}", extended.len());
    let moved = labels; // move: no clone
    stats("move of vec");
    let mut single = moved[0].clone();
    single.text.push_str("-x");
    stats("clone one element");
    println!("single={} original={}", single.text, moved[0].text);
    single.clone_from(&moved[2]);
    stats("clone_from");
    println!("single now {}", single.text);
    drop(extended);
    stats("dropped extended (5)");
    drop(moved);
    drop(single);
    stats("dropped all");
}

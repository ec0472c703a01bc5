use std::borrow::Borrow;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::iter::Sum;
use std::ops::{Add, Deref, DerefMut, Mul};

#[derive(Debug, Clone, Eq)]
struct Username(String);

impl PartialEq for Username {
    fn eq(&self, o: &Self) -> bool { self.0.eq_ignore_ascii_case(&o.0) }
}
impl Hash for Username {
    fn hash<H: Hasher>(&self, h: &mut H) { self.0.to_ascii_lowercase().hash(h) }
}
impl Deref for Username { type Target = str; fn deref(&self) -> &str { &self.0 } }
impl AsRef<str> for Username { fn as_ref(&self) -> &str { &self.0 } }

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Tag(String);
impl Borrow<str> for Tag { fn borrow(&self) -> &str { &self.0 } }
impl From<&str> for Tag { fn from(s: &str) -> Self { Tag(s.trim().to_lowercase()) } }

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct Kg(f64);
impl Add for Kg { type Output = Kg; fn add(self, o: Kg) -> Kg { Kg(self.0 + o.0) } }
impl Mul<f64> for Kg { type Output = Kg; fn mul(self, k: f64) -> Kg { Kg(self.0 * k) } }
impl Sum for Kg { fn sum<I: Iterator<Item = Kg>>(it: I) -> Kg { it.fold(Kg::default(), Add::add) } }
impl<'a> Sum<&'a Kg> for Kg { fn sum<I: Iterator<Item = &'a Kg>>(it: I) -> Kg { it.copied().sum() } }

#[derive(Debug, Default)]
struct Stack<T> { items: Vec<T>, pushes: usize }
impl<T> Deref for Stack<T> { type Target = Vec<T>; fn deref(&self) -> &Vec<T> { &self.items } }
impl<T> DerefMut for Stack<T> { fn deref_mut(&mut self) -> &mut Vec<T> { self.pushes += 1; &mut self.items } }

fn shout<S: AsRef<str>>(s: S) -> String { s.as_ref().to_uppercase() }
fn total_len<I, S>(items: I) -> usize where I: IntoIterator<Item = S>, S: AsRef<str> { items.into_iter().map(|s| s.as_ref().len()).sum() }

fn main() {
    let names = ["Alice", "bob", "ALICE", "Carol", "BOB", "dave"];
    let unique: HashSet<Username> = names.iter().map(|n| Username(n.to_string())).collect();
    let mut u: Vec<&str> = unique.iter().map(|n| n.to_lowercase().leak() as &str).collect();
    u.sort();
    println!("unique users ({}): {:?}", unique.len(), u);
    let alice = Username("aLiCe".into());
    println!("contains aLiCe: {}, len via Deref: {}, starts with 'a': {}", unique.contains(&alice), alice.len(), alice.starts_with('a'));
    println!("{} {} {}", shout(&alice), shout("plain"), shout(String::from("owned")));
    println!("total_len = {}", total_len(vec![Username("xy".into()), Username("abc".into())]) + total_len(["1", "22"]));

    let mut tag_counts: HashMap<Tag, u32> = HashMap::new();
    for raw in "rust, Go , rust,python, RUST ,go,zig".split(',') {
        *tag_counts.entry(Tag::from(raw)).or_insert(0) += 1;
    }
    println!("lookup by &str: rust={:?} go={:?} java={:?}", tag_counts.get("rust"), tag_counts.get("go"), tag_counts.get("java"));
    let mut sorted: Vec<(&Tag, &u32)> = tag_counts.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:?}", sorted.iter().map(|(t, n)| format!("{}:{n}", t.0)).collect::<Vec<_>>());
    if let Some(v) = tag_counts.get_mut("zig") { *v *= 10; }
    println!("removed python -> {:?}, zig now {}", tag_counts.remove("python"), tag_counts["zig"]);

    let parcels = vec![Kg(1.25), Kg(0.5), Kg(12.0), Kg(3.75)];
    let by_ref: Kg = parcels.iter().sum();
    let doubled: Kg = parcels.iter().map(|&k| k * 2.0).sum();
    println!("total {:?}, doubled {:?}, heaviest {:?}", by_ref, doubled,
        parcels.iter().copied().fold(Kg(f64::MIN), |a, b| if b > a { b } else { a }));
    let (light, heavy): (Vec<Kg>, Vec<Kg>) = parcels.iter().partition(|k| k.0 < 2.0);
    println!("light {:?} heavy {:?}", light, heavy);

    let mut st: Stack<&str> = Stack::default();
    st.push("a");
    st.push("b");
    st.extend(["c", "d"]);
    let top = st.last().copied();
    let popped = st.pop();
    println!("stack {:?} len {} top {:?} popped {:?} mutable derefs {}", st.items, st.len(), top, popped, st.pushes);
    println!("contains b: {}, iter rev: {:?}", st.contains(&"b"), st.iter().rev().collect::<Vec<_>>());
}

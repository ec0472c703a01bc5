use std::collections::HashMap;
use std::fmt::Debug;

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn put(&mut self, item: Self::Item);
    fn size(&self) -> usize;
}

#[derive(Debug, Default)]
struct Shelf {
    books: Vec<String>,
}

impl Container for Shelf {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.books.get(i)
    }
    fn put(&mut self, item: String) {
        self.books.push(item);
    }
    fn size(&self) -> usize {
        self.books.len()
    }
}

struct Ring<const N: usize> {
    slots: [Option<u32>; N],
    next: usize,
}

impl<const N: usize> Container for Ring<N> {
    type Item = u32;
    fn get(&self, i: usize) -> Option<&u32> {
        self.slots.get(i)?.as_ref()
    }
    fn put(&mut self, item: u32) {
        self.slots[self.next % N] = Some(item);
        self.next += 1;
    }
    fn size(&self) -> usize {
        self.slots.iter().flatten().count()
    }
}

fn fill<C: Container>(c: &mut C, items: Vec<C::Item>) -> usize
where
    C::Item: Debug,
{
    for it in items {
        c.put(it);
    }
    c.size()
}

trait Graph {
    type Node: Copy + Eq + std::hash::Hash + Debug + Ord;
    fn edges(&self, n: Self::Node) -> Vec<Self::Node>;

    fn reachable(&self, start: Self::Node) -> Vec<Self::Node> {
        let mut seen = vec![start];
        let mut stack = vec![start];
        while let Some(n) = stack.pop() {
            for m in self.edges(n) {
                if !seen.contains(&m) {
                    seen.push(m);
                    stack.push(m);
                }
            }
        }
        seen.sort();
        seen
    }
}

struct CityMap(HashMap<&'static str, Vec<&'static str>>);

impl Graph for CityMap {
    type Node = &'static str;
    fn edges(&self, n: &'static str) -> Vec<&'static str> {
        self.0.get(n).cloned().unwrap_or_default()
    }
}

struct Mod7;
impl Graph for Mod7 {
    type Node = u8;
    fn edges(&self, n: u8) -> Vec<u8> {
        vec![(n * 3) % 7]
    }
}

fn main() {
    let mut shelf = Shelf::default();
    let n = fill(&mut shelf, vec!["Dune".to_string(), "Emma".into()]);
    println!("shelf has {} books, first {:?}, third {:?}", n, shelf.first(), shelf.get(2));

    let mut ring: Ring<3> = Ring { slots: [None; 3], next: 0 };
    println!("empty ring first: {:?}", ring.first());
    let n = fill(&mut ring, vec![10, 20, 30, 40, 50]);
    println!("ring size {} slots {:?} first {:?}", n, ring.slots, ring.first());

    let map = CityMap(HashMap::from([
        ("paris", vec!["lyon", "lille"]),
        ("lyon", vec!["marseille"]),
        ("lille", vec!["paris"]),
        ("nice", vec!["marseille"]),
    ]));
    println!("from paris: {:?}", map.reachable("paris"));
    println!("from nice: {:?}", map.reachable("nice"));
    println!("mod 7 orbit of 1: {:?}", Mod7.reachable(1));
    println!("mod 7 orbit of 0: {:?}", Mod7.reachable(0));
}

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::fmt;
use std::marker::PhantomData;

struct Id<T> {
    index: usize,
    _kind: PhantomData<T>,
}

impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}

impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.index)
    }
}

#[derive(Debug)]
struct City {
    name: &'static str,
}

#[derive(Default)]
struct RoadMap {
    cities: Vec<City>,
    roads: Vec<Vec<(usize, u32)>>,
    cache: Option<BTreeMap<usize, Vec<Option<u32>>>>,
}

impl RoadMap {
    fn add_city(&mut self, name: &'static str) -> Id<City> {
        self.cities.push(City { name });
        self.roads.push(Vec::new());
        Id { index: self.cities.len() - 1, _kind: PhantomData }
    }

    fn connect(&mut self, a: Id<City>, b: Id<City>, km: u32) {
        self.roads[a.index].push((b.index, km));
        self.roads[b.index].push((a.index, km));
        self.cache = None;
    }

    fn name(&self, id: usize) -> &'static str {
        self.cities[id].name
    }

    fn shortest(&self, from: Id<City>) -> (Vec<Option<u32>>, Vec<Option<usize>>) {
        let n = self.cities.len();
        let mut dist: Vec<Option<u32>> = vec![None; n];
        let mut prev = vec![None; n];
        let mut heap = BinaryHeap::new();
        dist[from.index] = Some(0);
        heap.push(Reverse((0u32, from.index)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if dist[u].is_some_and(|best| d > best) {
                continue;
            }
            for &(v, w) in &self.roads[u] {
                let nd = d + w;
                if dist[v].map_or(true, |old| nd < old) {
                    dist[v] = Some(nd);
                    prev[v] = Some(u);
                    heap.push(Reverse((nd, v)));
                }
            }
        }
        (dist, prev)
    }

    fn distances_from(&mut self, from: Id<City>) -> &Vec<Option<u32>> {
        if self.cache.as_ref().is_none_or(|c| !c.contains_key(&from.index)) {
            let (d, _) = self.shortest(from);
            println!("  (computing distances from {})", self.name(from.index));
            self.cache.get_or_insert_with(BTreeMap::new).insert(from.index, d);
        }
        &self.cache.as_ref().unwrap()[&from.index]
    }

    fn route(&self, from: Id<City>, to: Id<City>) -> Option<(u32, Vec<&'static str>)> {
        let (dist, prev) = self.shortest(from);
        let total = dist[to.index]?;
        let mut path: Vec<&str> = std::iter::successors(Some(to.index), |&i| prev[i]).map(|i| self.name(i)).collect();
        path.reverse();
        Some((total, path))
    }
}

fn main() {
    let mut map = RoadMap::default();
    let [ams, utr, rot, ein, mst, gro, isl] = ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Maastricht", "Groningen", "Island"].map(|n| map.add_city(n));
    for (a, b, km) in [(ams, utr, 45), (ams, rot, 78), (utr, rot, 57), (utr, ein, 92), (rot, ein, 110), (ein, mst, 86), (ams, gro, 183), (utr, gro, 190)] {
        map.connect(a, b, km);
    }
    println!("ids: {:?} {:?} {:?} ... {:?}", ams, utr, rot, isl);
    for (i, roads) in map.roads.iter().enumerate() {
        let mut names: Vec<String> = roads.iter().map(|&(j, km)| format!("{}({})", map.name(j), km)).collect();
        names.sort();
        println!("{:<11}-> {}", map.name(i), if names.is_empty() { "-".to_string() } else { names.join(", ") });
    }
    for (from, to) in [(ams, mst), (gro, ein), (rot, rot), (mst, isl)] {
        match map.route(from, to) {
            Some((km, path)) => println!("{} -> {}: {:>4} km via {}", map.name(from.index), map.name(to.index), km, path.join(" > ")),
            None => println!("{} -> {}: unreachable", map.name(from.index), map.name(to.index)),
        }
    }
    let first = map.distances_from(utr).clone();
    let again = map.distances_from(utr).clone();
    println!("cached equal: {}, distances: {:?}", first == again, first);
    let reachable: Vec<(&str, u32)> = first.iter().enumerate().filter_map(|(i, d)| d.map(|d| (map.name(i), d))).collect();
    let farthest = reachable.iter().max_by_key(|&&(_, d)| d);
    println!("farthest from Utrecht: {:?}", farthest);
    map.connect(gro, isl, 60);
    println!("cache cleared: {}", map.cache.is_none());
    println!("Island now: {:?}", map.distances_from(utr)[isl.index]);
    let mut heap: BinaryHeap<Reverse<(u32, &str)>> = reachable.iter().map(|&(n, d)| Reverse((d, n))).collect();
    let mut order = Vec::new();
    while let Some(Reverse((d, n))) = heap.pop() {
        order.push(format!("{}={}", n, d));
    }
    println!("closest first: {}", order.join(" "));
}

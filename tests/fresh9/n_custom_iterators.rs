use std::iter::FromIterator;

struct Fib { a: u64, b: u64 }
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let next = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = next;
        Some(r)
    }
}

struct Collatz(Option<u64>);
impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let cur = self.0?;
        self.0 = match cur { 1 => None, n if n % 2 == 0 => Some(n / 2), n => Some(3 * n + 1) };
        Some(cur)
    }
}

#[derive(Debug, Default)]
struct Playlist { songs: Vec<(String, u32)> }

impl FromIterator<(String, u32)> for Playlist {
    fn from_iter<I: IntoIterator<Item = (String, u32)>>(iter: I) -> Self {
        Playlist { songs: iter.into_iter().collect() }
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a (String, u32);
    type IntoIter = std::slice::Iter<'a, (String, u32)>;
    fn into_iter(self) -> Self::IntoIter { self.songs.iter() }
}

impl Extend<(String, u32)> for Playlist {
    fn extend<I: IntoIterator<Item = (String, u32)>>(&mut self, iter: I) {
        for s in iter { self.songs.push(s); }
    }
}

struct Pairs<'a, T> { items: &'a [T], i: usize, j: usize }
impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);
    fn next(&mut self) -> Option<Self::Item> {
        if self.j >= self.items.len() {
            self.i += 1;
            self.j = self.i + 1;
        }
        if self.j >= self.items.len() { return None; }
        let r = (&self.items[self.i], &self.items[self.j]);
        self.j += 1;
        Some(r)
    }
}
fn pairs<T>(items: &[T]) -> Pairs<'_, T> { Pairs { items, i: 0, j: 1 } }

fn mmss(secs: u32) -> String { format!("{}:{:02}", secs / 60, secs % 60) }

fn main() {
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(12).collect();
    println!("fib: {:?}", fibs);
    println!("fib count before u64 overflow: {}", Fib { a: 0, b: 1 }.count());
    let even_sum: u64 = Fib { a: 1, b: 2 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum < 4M: {even_sum}");
    println!("every 5th: {:?}", Fib { a: 0, b: 1 }.skip(5).step_by(5).take(4).collect::<Vec<_>>());

    let c27: Vec<u64> = Collatz(Some(27)).collect();
    println!("collatz(27): len {} peak {:?}", c27.len(), c27.iter().max());
    let (best, len) = (1..30u64).map(|n| (n, Collatz(Some(n)).count())).max_by_key(|&(_, l)| l).unwrap();
    println!("longest under 30: {best} ({len} steps)");
    let running: Vec<u64> = Collatz(Some(6)).scan(0, |acc, x| { *acc += x; Some(*acc) }).collect();
    println!("running sums collatz(6): {running:?}");
    let until_big: Vec<u64> = Collatz(Some(7)).map_while(|x| if x < 40 { Some(x * 10) } else { None }).collect();
    println!("map_while: {until_big:?}");

    let mut pl: Playlist = [("Intro", 95), ("Storm", 241), ("Calm", 187)]
        .into_iter().map(|(n, s)| (n.to_string(), s)).collect();
    pl.extend(vec![("Finale".to_string(), 305), ("Bonus".to_string(), 61)]);
    for (i, (name, secs)) in (&pl).into_iter().enumerate() {
        println!("{:>2}. {:<8}{:>6}", i + 1, name, mmss(*secs));
    }
    let total: u32 = pl.songs.iter().map(|s| s.1).sum();
    let mut longest_first: Vec<&(String, u32)> = pl.into_iter().collect();
    longest_first.sort_by_key(|s| std::cmp::Reverse(s.1));
    println!("total {} longest {:?}", mmss(total), longest_first.first().map(|s| &s.0));
    let pos = pl.songs.iter().position(|s| s.0.starts_with('C'));
    let cum: Vec<String> = pl.songs.iter().scan(0, |t, s| { *t += s.1; Some(mmss(*t)) }).collect();
    println!("first C at {pos:?}; cumulative {}", cum.join(" "));

    let nums = [3, 8, 11, 15, 20];
    let sums: Vec<String> = pairs(&nums).filter(|(a, b)| (*a + *b) % 2 == 1).map(|(a, b)| format!("{a}+{b}")).collect();
    println!("{} pairs, odd sums: {}", pairs(&nums).count(), sums.join(" "));
    let closest = pairs(&nums).min_by_key(|(a, b)| (*b - *a, **a)).unwrap();
    println!("closest pair {:?}", closest);
    let zipped: Vec<(char, u64)> = "abcde".chars().rev().zip(Fib { a: 1, b: 1 }).collect();
    println!("{:?}", zipped);
    let chained: String = "ab".chars().chain("xyz".chars().rev()).chain(std::iter::once('!')).collect();
    println!("{chained} {:?}", std::iter::repeat("ha").take(3).collect::<String>());
    let flat: Vec<u64> = vec![Collatz(Some(4)), Collatz(Some(5))].into_iter().flatten().collect();
    println!("flatten: {flat:?}");
}

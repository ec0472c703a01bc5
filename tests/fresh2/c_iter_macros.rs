use std::collections::HashMap;

// A hashmap literal macro like the ones written in every Rust course.
macro_rules! hashmap {
    () => { HashMap::new() };
    ($($key:expr => $value:expr),+ $(,)?) => {{
        let mut map = HashMap::new();
        $( map.insert($key, $value); )+
        map
    }};
}

macro_rules! square_all {
    ($($x:expr),*) => { [$($x * $x),*] };
}

macro_rules! my_max {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = my_max!($($rest),+);
        if a > b { a } else { b }
    }};
}

/// Fibonacci numbers as an iterator that stops before overflowing u32.
struct Fib {
    curr: Option<u32>,
    next: Option<u32>,
}

impl Iterator for Fib {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let out = self.curr?;
        self.curr = self.next;
        self.next = self.next.and_then(|n| out.checked_add(n));
        Some(out)
    }
}

fn fib() -> Fib {
    Fib { curr: Some(0), next: Some(1) }
}

/// Collatz sequence as an iterator implemented with a lifetime-free struct.
struct Collatz(Option<u64>);

impl Iterator for Collatz {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let n = self.0?;
        self.0 = match n {
            1 => None,
            n if n % 2 == 0 => Some(n / 2),
            n => Some(3 * n + 1),
        };
        Some(n)
    }
}

/// Iterates over the words of a borrowed string without allocating.
struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let trimmed = self.rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        let (word, rest) = trimmed.split_at(end);
        self.rest = rest;
        Some(word)
    }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let ages = hashmap! {
        "alice" => 31,
        "bob" => 27,
        "carol" => 45,
    };
    let mut names: Vec<_> = ages.keys().collect();
    names.sort();
    println!("names {names:?}, total age {}", ages.values().sum::<i32>());
    let empty: HashMap<u8, u8> = hashmap!();
    println!("empty len {}", empty.len());
    println!("squares {:?}", square_all!(1, 2, 3 + 1, -5));
    println!("max {}", my_max!(3, 9, 2, 7));
    println!("max single {}", my_max!("pear"));

    let first: Vec<u32> = fib().take(12).collect();
    println!("fib: {first:?}");
    println!("fib count before overflow: {}", fib().count());
    println!("last fib: {:?}", fib().last());
    let even_sum: u32 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even fib sum < 4M: {even_sum}");

    let seq: Vec<u64> = Collatz(Some(27)).collect();
    println!("collatz(27): len {} max {:?} tail {:?}", seq.len(), seq.iter().max(), &seq[seq.len() - 5..]);
    let (best, steps) = (1..30u64).map(|n| (n, Collatz(Some(n)).count())).max_by_key(|&(_, c)| c).unwrap();
    println!("longest collatz under 30: {best} ({steps} terms)");

    let text = String::from("  the quick\tbrown   fox\njumps  ");
    let words: Vec<&str> = Words { rest: &text }.collect();
    println!("words {words:?}");
    let w = Words { rest: &text }.fold("", |acc, w| longest(acc, w));
    println!("longest word {w}");
    let caps: String = Words { rest: &text }
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    println!("initials {caps}");
    let mut zipped = Words { rest: "a b c" }.zip(fib().skip(5)).peekable();
    while let Some((w, f)) = zipped.next() {
        let more = if zipped.peek().is_some() { "," } else { "." };
        print!("{w}{f}{more}");
    }
    println!();
}

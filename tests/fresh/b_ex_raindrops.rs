use std::fmt::Write;

const SOUNDS: [(u32, &str); 3] = [(3, "Pling"), (5, "Plang"), (7, "Plong")];

pub fn raindrops(n: u32) -> String {
    let mut s = String::new();
    for &(factor, sound) in SOUNDS.iter() {
        if n % factor == 0 {
            s.push_str(sound);
        }
    }
    if s.is_empty() {
        write!(s, "{}", n).unwrap();
    }
    s
}

fn raindrops_functional(n: u32) -> String {
    let s: String = SOUNDS
        .iter()
        .filter(|(f, _)| n % f == 0)
        .map(|(_, snd)| *snd)
        .collect();
    if s.is_empty() { n.to_string() } else { s }
}

fn main() {
    for n in [1, 3, 5, 7, 6, 8, 9, 10, 14, 15, 21, 25, 27, 35, 49, 52, 105, 3125] {
        let a = raindrops(n);
        let b = raindrops_functional(n);
        assert_eq!(a, b);
        println!("{:>5} => {}", n, a);
    }
    let pling_count = (1..=100).filter(|n| raindrops(*n).contains("Pling")).count();
    let plain: Vec<u32> = (1..=30).filter(|&n| raindrops(n).parse::<u32>().is_ok()).collect();
    println!("Pling in 1..=100: {}", pling_count);
    println!("plain numbers <= 30: {:?}", plain);
    let longest = (1..=200).max_by_key(|&n| (raindrops(n).len(), std::cmp::Reverse(n))).unwrap();
    println!("longest sound first at {} = {}", longest, raindrops(longest));
}

// Iterator adapters that return references out of functions:
// find / filter / last / nth / max_by_key / min_by_key on Vec<&'a str> and structs.
use std::collections::HashMap;

#[derive(Debug)]
struct City {
    name: String,
    population: u32,
    country: &'static str,
}

fn longest_word<'a>(words: &[&'a str]) -> Option<&'a str> {
    words.iter().copied().max_by_key(|w| w.len())
}

fn shortest_with<'a>(words: &[&'a str], ch: char) -> Option<&'a str> {
    words.iter().filter(|w| w.contains(ch)).min_by_key(|w| w.len()).copied()
}

fn nth_capitalized<'a>(words: &Vec<&'a str>, n: usize) -> Option<&'a str> {
    words.iter().filter(|w| w.starts_with(char::is_uppercase)).nth(n).copied()
}

fn last_ending<'a>(words: &'a [&'a str], suffix: &str) -> Option<&'a &'a str> {
    words.iter().filter(|w| w.ends_with(suffix)).last()
}

fn biggest_in<'a>(cities: &'a [City], country: &str) -> Option<&'a City> {
    cities.iter().filter(|c| c.country == country).max_by_key(|c| c.population)
}

fn first_over<'a>(cities: &'a [City], min: u32) -> Option<&'a str> {
    cities.iter().find(|c| c.population > min).map(|c| c.name.as_str())
}

fn smallest<'a>(cities: &'a [City]) -> Option<&'a City> {
    cities.iter().min_by_key(|c| (c.population, c.name.clone()))
}

fn main() {
    let text = String::from("Alice met Bob near the Riverside cafe while Carol was reading quietly");
    let words: Vec<&str> = text.split_whitespace().collect();
    let lw = longest_word(&words);
    println!("longest {:?}", lw);
    for ch in ['e', 'o', 'z'] {
        println!("shortest with {:?}: {:?}", ch, shortest_with(&words, ch));
    }
    for n in 0..5 {
        print!("{:?} ", nth_capitalized(&words, n));
    }
    println!();
    println!("last ending in 'ly': {:?}", last_ending(&words, "ly"));
    println!("last ending in 'e': {:?}", last_ending(&words, "e"));
    let pos = words.iter().position(|w| *w == "cafe");
    let rpos = words.iter().rposition(|w| w.len() == 3);
    println!("cafe at {:?}, last 3-letter at {:?}", pos, rpos);

    let cities = vec![
        City { name: "Lyon".into(), population: 516, country: "FR" },
        City { name: "Paris".into(), population: 2161, country: "FR" },
        City { name: "Porto".into(), population: 231, country: "PT" },
        City { name: "Lisbon".into(), population: 545, country: "PT" },
        City { name: "Braga".into(), population: 193, country: "PT" },
        City { name: "Nice".into(), population: 342, country: "FR" },
    ];
    for cc in ["FR", "PT", "ES"] {
        let b = biggest_in(&cities, cc);
        println!("{} biggest: {:?}", cc, b.map(|c| (&c.name, c.population)));
    }
    println!("first over 500: {:?}", first_over(&cities, 500));
    println!("first over 5000: {:?}", first_over(&cities, 5000));
    let s = smallest(&cities).unwrap();
    println!("smallest: {} in {}", s.name, s.country);

    let mut by_country: HashMap<&str, Vec<&City>> = HashMap::new();
    for c in &cities {
        by_country.entry(c.country).or_default().push(c);
    }
    let mut keys: Vec<&&str> = by_country.keys().collect();
    keys.sort();
    for k in keys {
        let list = &by_country[*k];
        let names: Vec<&str> = list.iter().map(|c| c.name.as_str()).collect();
        let total: u32 = list.iter().map(|c| c.population).sum();
        println!("{} -> {:?} total {}", k, names, total);
    }
    let skipped: Vec<&String> = cities.iter().skip(1).step_by(2).map(|c| &c.name).collect();
    println!("every other from 1: {:?}", skipped);
}

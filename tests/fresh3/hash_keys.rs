use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit { Clubs, Diamonds, Hearts, Spades }

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Hand {
    HighCard(u8),
    Pair(u8),
    TwoPair(u8, u8),
    Trips(u8),
    Flush(Suit),
}

#[derive(Debug, Eq)]
struct Caseless(String);

impl PartialEq for Caseless {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl Hash for Caseless {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
    }
}

fn evaluate(cards: &[Card]) -> Hand {
    let mut counts: HashMap<u8, usize> = HashMap::new();
    for c in cards {
        *counts.entry(c.rank).or_insert(0) += 1;
    }
    let suits: HashSet<Suit> = cards.iter().map(|c| c.suit).collect();
    if suits.len() == 1 && cards.len() == 5 {
        return Hand::Flush(cards[0].suit);
    }
    let mut groups: Vec<(usize, u8)> = counts.into_iter().map(|(r, n)| (n, r)).collect();
    groups.sort_by(|a, b| b.cmp(a));
    match groups.as_slice() {
        [(3, r), ..] => Hand::Trips(*r),
        [(2, a), (2, b), ..] => Hand::TwoPair(*a, *b),
        [(2, r), ..] => Hand::Pair(*r),
        _ => Hand::HighCard(cards.iter().map(|c| c.rank).max().unwrap_or(0)),
    }
}

fn parse_card(s: &str) -> Option<Card> {
    let (r, su) = s.split_at(s.len() - 1);
    let rank = match r {
        "J" => 11, "Q" => 12, "K" => 13, "A" => 14,
        n => n.parse().ok().filter(|v| (2..=10).contains(v))?,
    };
    let suit = match su {
        "c" => Suit::Clubs, "d" => Suit::Diamonds, "h" => Suit::Hearts, "s" => Suit::Spades,
        _ => return None,
    };
    Some(Card { rank, suit })
}

fn main() {
    let hands = ["2c 2d 9h 9s Kc", "Ah Kh 3h 7h 10h", "5s 5d 5h Jc 2d", "Qc 3d 8s Jh 4c", "10d 10s 4h 6c Ac"];
    let mut scored: Vec<(Hand, &str)> = hands
        .iter()
        .map(|h| {
            let cards: Vec<Card> = h.split(' ').filter_map(parse_card).collect();
            (evaluate(&cards), *h)
        })
        .collect();
    scored.sort();
    for (hand, text) in scored.iter().rev() {
        println!("{:<18} {:?}", text, hand);
    }
    println!("Pair(14) < TwoPair(3,2): {}", Hand::Pair(14) < Hand::TwoPair(3, 2));
    println!("Flush(Clubs) < Flush(Spades): {}", Hand::Flush(Suit::Clubs) < Hand::Flush(Suit::Spades));
    println!("tuples: {} {} {}", (1, "b") < (1, "c"), (2, 0.5) > (1, 9.9), (Suit::Hearts, 2) >= (Suit::Hearts, 2));
    println!("partial_cmp: {:?} {:?}", 1.0f64.partial_cmp(&f64::NAN), Suit::Spades.cmp(&Suit::Clubs));
    let mut seen: HashMap<Card, usize> = HashMap::new();
    for h in hands {
        for c in h.split_whitespace().filter_map(parse_card) {
            *seen.entry(c).or_default() += 1;
        }
    }
    let mut per_suit: HashMap<Suit, BTreeSet<u8>> = HashMap::new();
    for c in seen.keys() {
        per_suit.entry(c.suit).or_default().insert(c.rank);
    }
    let mut suits: Vec<_> = per_suit.into_iter().collect();
    suits.sort_by_key(|(s, _)| *s);
    for (s, ranks) in suits {
        println!("{:?}: {:?}", s, ranks);
    }
    println!("distinct cards {}", seen.len());
    let mut users: HashSet<Caseless> = HashSet::new();
    for name in ["Alice", "bob", "ALICE", "Bob", "carol", "alice"] {
        let inserted = users.insert(Caseless(name.to_string()));
        println!("insert {:<6} -> {}", name, inserted);
    }
    println!("users: {}, contains CAROL: {}", users.len(), users.contains(&Caseless("CAROL".into())));
    let mut pair_counts: HashMap<(char, char), u32> = HashMap::new();
    let w: Vec<char> = "abracadabra".chars().collect();
    for p in w.windows(2) {
        *pair_counts.entry((p[0], p[1])).or_insert(0) += 1;
    }
    let mut pc: Vec<_> = pair_counts.into_iter().filter(|(_, n)| *n > 1).collect();
    pc.sort();
    println!("{:?}", pc);
}

// PartialOrd/Ord derives for sorting and max; Hash derive for sets of structs.
use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Card {
    rank: u8,
    suit: Suit,
}

impl Card {
    fn parse(s: &str) -> Option<Card> {
        let (r, su) = s.split_at(s.len() - 1);
        let rank = match r {
            "A" => 14,
            "K" => 13,
            "Q" => 12,
            "J" => 11,
            n => n.parse().ok().filter(|v| (2..=10).contains(v))?,
        };
        let suit = match su {
            "C" => Suit::Clubs,
            "D" => Suit::Diamonds,
            "H" => Suit::Hearts,
            "S" => Suit::Spades,
            _ => return None,
        };
        Some(Card { rank, suit })
    }
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum HandRank {
    HighCard(u8),
    Pair(u8),
    TwoPair(u8, u8),
    Trips(u8),
    Flush,
}

fn classify(hand: &[Card]) -> HandRank {
    let suits: HashSet<Suit> = hand.iter().map(|c| c.suit).collect();
    if suits.len() == 1 && hand.len() == 5 {
        return HandRank::Flush;
    }
    let mut counts: HashMap<u8, usize> = HashMap::new();
    for c in hand {
        *counts.entry(c.rank).or_insert(0) += 1;
    }
    let mut groups: Vec<(usize, u8)> = counts.into_iter().map(|(r, n)| (n, r)).collect();
    groups.sort_by(|a, b| b.cmp(a));
    match groups.as_slice() {
        [(3, r), ..] => HandRank::Trips(*r),
        [(2, a), (2, b), ..] => HandRank::TwoPair(*a, *b),
        [(2, r), ..] => HandRank::Pair(*r),
        _ => HandRank::HighCard(hand.iter().map(|c| c.rank).max().unwrap_or(0)),
    }
}

fn main() {
    let hands = [
        "4S 5H 4D KC 2S", "3H 3D 9C 9S 2H", "AH 2H 7H 9H JH", "QS QD QC 5H 8S", "10D 7C 6S 3H AC", "KH KS 2D 2C 5D",
    ];
    let mut ranked: Vec<(HandRank, &str)> = hands
        .iter()
        .map(|h| {
            let cards: Vec<Card> = h.split_whitespace().filter_map(Card::parse).collect();
            (classify(&cards), *h)
        })
        .collect();
    ranked.sort();
    for (r, h) in &ranked {
        println!("{:<16} {:?}", h, r);
    }
    println!("winner: {:?}", ranked.iter().max().map(|(_, h)| h));
    println!("Pair(9) < TwoPair(2,1): {}", HandRank::Pair(9) < HandRank::TwoPair(2, 1));

    let mut deck: Vec<Card> = "AS 2C KD 10H 2S QC 2D".split(' ').filter_map(Card::parse).collect();
    deck.sort();
    println!("{:?}", deck.iter().map(|c| format!("{}{:?}", c.rank, c.suit)).collect::<Vec<_>>());
    deck.sort_by(|a, b| b.suit.cmp(&a.suit).then(a.rank.cmp(&b.rank)));
    println!("{:?}", deck.iter().map(|c| (c.rank, c.suit as u8)).collect::<Vec<_>>());
    println!("max card: {:?}, min by suit: {:?}", deck.iter().max(), deck.iter().min_by_key(|c| c.suit));

    let seen: HashSet<Card> = "AS AS 2C 2C 2D".split(' ').filter_map(Card::parse).collect();
    let mut seen_sorted: Vec<_> = seen.into_iter().collect();
    seen_sorted.sort_unstable();
    println!("unique: {:?}", seen_sorted);
    let suit_set: BTreeSet<Suit> = deck.iter().map(|c| c.suit).collect();
    println!("suits: {:?}", suit_set);
    println!("invalid: {:?} {:?} {:?}", Card::parse("1S"), Card::parse("5X"), Card::parse("11H"));
    println!("{:?}", Suit::Hearts.max(Suit::Diamonds).cmp(&Suit::Spades));
    println!("{:?}", (2, "b").partial_cmp(&(2, "a")));
}

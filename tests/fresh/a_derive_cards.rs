// Playing cards: derived Ord for ranks/suits, FromStr for "10h"-style codes, poker hand classification.
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

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

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Hand {
    HighCard(u8),
    Pair(u8),
    TwoPair(u8, u8),
    Trips(u8),
    Straight(u8),
    Flush,
    FullHouse(u8, u8),
    Quads(u8),
}

impl FromStr for Card {
    type Err = String;
    fn from_str(s: &str) -> Result<Card, String> {
        let (r, su) = s.split_at(s.len().checked_sub(1).ok_or("empty card")?);
        let rank = match r {
            "A" => 14,
            "K" => 13,
            "Q" => 12,
            "J" => 11,
            n => n.parse::<u8>().ok().filter(|v| (2..=10).contains(v)).ok_or(format!("bad rank '{}'", n))?,
        };
        let suit = match su {
            "c" => Suit::Clubs,
            "d" => Suit::Diamonds,
            "h" => Suit::Hearts,
            "s" => Suit::Spades,
            x => return Err(format!("bad suit '{}'", x)),
        };
        Ok(Card { rank, suit })
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = match self.rank {
            14 => "A".to_string(),
            13 => "K".to_string(),
            12 => "Q".to_string(),
            11 => "J".to_string(),
            n => n.to_string(),
        };
        let s = ['♣', '♦', '♥', '♠'][self.suit as usize];
        write!(f, "{}{}", r, s)
    }
}

fn classify(cards: &[Card]) -> Hand {
    let mut counts: BTreeMap<u8, u8> = BTreeMap::new();
    for c in cards {
        *counts.entry(c.rank).or_insert(0) += 1;
    }
    let mut groups: Vec<(u8, u8)> = counts.iter().map(|(&r, &n)| (n, r)).collect();
    groups.sort_unstable_by(|a, b| b.cmp(a));
    let mut ranks: Vec<u8> = cards.iter().map(|c| c.rank).collect();
    ranks.sort_unstable();
    let straight = groups.len() == 5 && ranks[4] - ranks[0] == 4;
    let flush = cards.iter().all(|c| c.suit == cards[0].suit);
    match groups.as_slice() {
        [(4, r), ..] => Hand::Quads(*r),
        [(3, a), (2, b)] => Hand::FullHouse(*a, *b),
        _ if flush => Hand::Flush,
        _ if straight => Hand::Straight(ranks[4]),
        [(3, r), ..] => Hand::Trips(*r),
        [(2, a), (2, b), ..] => Hand::TwoPair(*a, *b),
        [(2, r), ..] => Hand::Pair(*r),
        _ => Hand::HighCard(ranks[4]),
    }
}

fn parse_hand(s: &str) -> Vec<Card> {
    s.split_whitespace().map(|c| c.parse::<Card>().unwrap()).collect()
}

fn main() {
    let hands = ["Ah Kh 10h 4h 2h", "9c 9d 9s 4h 4c", "5s 6d 7c 8h 9h", "Qs Qd 3c 3d Jh", "2c 7d 9h Js Kd", "8s 8d Ac 4c 8h", "10s 10c 6h 10d 10h"];
    let mut scored: Vec<(Hand, Vec<Card>)> = hands.iter().map(|h| {
        let cards = parse_hand(h);
        (classify(&cards), cards)
    }).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0));
    for (hand, cards) in &scored {
        let mut sorted = cards.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        let shown: Vec<String> = sorted.iter().map(|c| format!("{:>3}", c.to_string())).collect();
        println!("{} => {:?}", shown.join(" "), hand);
    }
    println!("Pair(14) < TwoPair(3,2): {}", Hand::Pair(14) < Hand::TwoPair(3, 2));
    let deck: Vec<Card> = [Suit::Spades, Suit::Hearts].iter().flat_map(|&suit| (12..=14).map(move |rank| Card { rank, suit })).collect();
    println!("mini deck: {}", deck.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(" "));
    println!("max card: {}", deck.iter().max().unwrap());
    let typo = "Ah Kh 1h 4h 2h";
    println!("parsing {:?}", typo);
    let cards = parse_hand(typo);
    println!("{:?}", classify(&cards));
}

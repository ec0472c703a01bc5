use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Suit { Clubs, Diamonds, Hearts, Spades }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card { rank: u8, suit: Suit }

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Category {
    HighCard(Vec<u8>),
    OnePair(Vec<u8>),
    TwoPair(Vec<u8>),
    ThreeOfAKind(Vec<u8>),
    Straight(u8),
    Flush(Vec<u8>),
    FullHouse(u8, u8),
    FourOfAKind(u8, u8),
    StraightFlush(u8),
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = match self.rank { 14 => "A".to_string(), 13 => "K".into(), 12 => "Q".into(), 11 => "J".into(), n => n.to_string() };
        let s = match self.suit { Suit::Clubs => 'C', Suit::Diamonds => 'D', Suit::Hearts => 'H', Suit::Spades => 'S' };
        write!(f, "{}{}", r, s)
    }
}

fn parse_card(s: &str) -> Result<Card, String> {
    let (r, su) = s.split_at(s.len().checked_sub(1).ok_or("empty card")?);
    let rank = match r {
        "A" => 14, "K" => 13, "Q" => 12, "J" => 11,
        n => n.parse::<u8>().ok().filter(|v| (2..=10).contains(v)).ok_or(format!("bad rank {:?}", n))?,
    };
    let suit = match su { "C" => Suit::Clubs, "D" => Suit::Diamonds, "H" => Suit::Hearts, "S" => Suit::Spades, x => return Err(format!("bad suit {:?}", x)) };
    Ok(Card { rank, suit })
}

fn categorize(cards: &[Card]) -> Category {
    let mut counts: BTreeMap<u8, u8> = BTreeMap::new();
    for c in cards {
        *counts.entry(c.rank).or_insert(0) += 1;
    }
    let mut groups: Vec<(u8, u8)> = counts.iter().map(|(&r, &n)| (n, r)).collect();
    groups.sort_by(|a, b| b.cmp(a));
    let ranks: Vec<u8> = groups.iter().map(|&(_, r)| r).collect();
    let flush = cards.windows(2).all(|w| w[0].suit == w[1].suit);
    let mut sorted: Vec<u8> = cards.iter().map(|c| c.rank).collect();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let straight_high = if groups.len() == 5 && sorted[0] - sorted[4] == 4 {
        Some(sorted[0])
    } else if sorted == [14, 5, 4, 3, 2] {
        Some(5)
    } else {
        None
    };
    match (groups[0].0, groups.get(1).map(|g| g.0), straight_high, flush) {
        (_, _, Some(h), true) => Category::StraightFlush(h),
        (4, _, _, _) => Category::FourOfAKind(ranks[0], ranks[1]),
        (3, Some(2), _, _) => Category::FullHouse(ranks[0], ranks[1]),
        (_, _, None, true) => Category::Flush(sorted),
        (_, _, Some(h), false) => Category::Straight(h),
        (3, _, _, _) => Category::ThreeOfAKind(ranks),
        (2, Some(2), _, _) => Category::TwoPair(ranks),
        (2, _, _, _) => Category::OnePair(ranks),
        _ => Category::HighCard(sorted),
    }
}

fn winning_hands<'a>(hands: &[&'a str]) -> Vec<&'a str> {
    let scored: Vec<(Category, &'a str)> = hands
        .iter()
        .filter_map(|h| {
            let cards: Result<Vec<Card>, String> = h.split_whitespace().map(parse_card).collect();
            cards.map_err(|e| println!("  skipping {:?}: {}", h, e)).ok().map(|c| (categorize(&c), *h))
        })
        .collect();
    let best = scored.iter().map(|(c, _)| c).max().cloned();
    scored.into_iter().filter(|(c, _)| Some(c) == best.as_ref()).map(|(_, h)| h).collect()
}

fn main() {
    let hands = ["4S 5S 7H 8D JC", "2S 4C 7S 9H 10H", "3S 4S 5D 6H JH", "4D AH 4S 8D 4C", "2H 2D 4C 4D 4S",
        "AS 2S 3S 4S 5S", "3H 6H 7H 8H 5H", "4H 5H 6C 7S 8D", "AH 2D 3C 4S 5H", "KS AH AS AD AC", "2S 3H 1D 4C 5C", "XX"];
    for h in &hands[..11] {
        let cards: Vec<Card> = h.split_whitespace().filter_map(|c| parse_card(c).ok()).collect();
        let shown: Vec<String> = cards.iter().map(|c| format!("{:>3}", c.to_string())).collect();
        println!("{:<16} [{}] => {:?}", h, shown.join(""), categorize(&cards));
    }
    println!("winner: {:?}", winning_hands(&hands));
    println!("tie: {:?}", winning_hands(&["4S 5H 4C 8D 4H", "4D 5S 4H 8C 4S"]));
    println!("pair vs pair: {:?}", winning_hands(&["4S 2H 6S 2D JH", "2S 4H 6C 4D JD"]));
    println!("wheel loses to 6-high: {:?}", winning_hands(&["AH 2D 3C 4S 5H", "2H 3D 4C 5S 6H"]));
    println!("Hearts > Clubs: {}, cmp: {:?}", Suit::Hearts > Suit::Clubs, Suit::Spades.cmp(&Suit::Diamonds));
    println!("category order: {:?}", Category::Straight(5).cmp(&Category::ThreeOfAKind(vec![14, 13, 12])) == Ordering::Greater);
}

#[derive(Debug, Clone)]
struct Card {
    suit: String,
    rank: u8,
}

fn top_card(deck: &[Card]) -> &Card {
    &deck[0]
}

fn main() {
    let deck = vec![Card { suit: "hearts".into(), rank: 12 }, Card { suit: "spades".into(), rank: 1 }];
    let top = top_card(&deck);
    let copy = deck[1].clone();
    println!("{:?} {:?} {}", top, copy, deck.len());
}

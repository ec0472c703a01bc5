#[derive(Debug)]
struct Card {
    suit: String,
    rank: u8,
}

fn top_card(deck: &[Card]) -> Card {
    deck[0]
}

fn main() {
    let deck = vec![Card { suit: "hearts".into(), rank: 12 }];
    println!("{:?}", top_card(&deck));
}

fn rotate_ends(deck: &mut Vec<u32>) {
    if deck.len() > 1 {
        deck.swap(0, deck.len() - 1);
    }
}

fn main() {
    let mut deck = vec![7, 2, 9, 4];
    rotate_ends(&mut deck);
    println!("{:?}", deck);
}

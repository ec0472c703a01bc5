// == and < on compound values: tuples, arrays, slices, Vec, String, Option, Result, Box and derived types.
#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
enum Suit { Clubs, Diamonds, Hearts }

#[derive(Debug, PartialEq, PartialOrd)]
struct Card { rank: u8, suit: Suit }

#[derive(PartialEq, PartialOrd)]
enum Priority { High = 5, Low = 1, Mid = 3 }

#[derive(Debug, PartialEq)]
struct Hand { owner: String, cards: Vec<Card> }

fn main() {
    let v = vec![1, 2, 3];
    println!("{} {} {}", v == [1, 2, 3], v == vec![1, 2], &v[..2] == [1, 2]);
    println!("{} {}", [1, 2, 3] < [1, 3, 0], vec![2] > vec![1, 9, 9]);
    println!("{} {} {}", (1, "b") < (1, "c"), (2, 'a') >= (2, 'a'), ("x", 1.5) == ("x", 1.5));
    println!("{} {} {}", Some(3) == Some(3), None < Some(0), Some(5) > Some(4));
    let ok: Result<i32, String> = Ok(1);
    println!("{} {}", ok == Ok(1), ok < Err(String::new()));
    let a = Card { rank: 10, suit: Suit::Hearts };
    let b = Card { rank: 10, suit: Suit::Clubs };
    println!("{} {} {} {}", a == b, a > b, b <= a, Suit::Diamonds < Suit::Hearts);
    let nan = f64::NAN;
    println!("{} {} {}", [1.0, nan] == [1.0, nan], [1.0, nan] != [1.0, nan], (nan, 1) < (nan, 2));
    let h1 = Hand { owner: String::from("ann"), cards: vec![Card { rank: 2, suit: Suit::Clubs }] };
    let h2 = Hand { owner: String::from("ann"), cards: vec![Card { rank: 2, suit: Suit::Clubs }] };
    println!("{} {}", h1 == h2, Box::new(a) == Box::new(Card { rank: 10, suit: Suit::Hearts }));
    println!("{} {}", String::from("abc") < String::from("abd"), "Zebra" < "apple");
    assert_eq!(v, [1, 2, 3]);
    assert_ne!(Some(&v), None);
    assert_eq!(h1, h2, "hands of {}", h1.owner);
    let empty: Vec<i32> = Vec::new();
    assert_eq!(empty, []);
    assert_eq!(vec![Some(1), None], [Some(1), None]);
    // derived PartialOrd orders variants by discriminant, not by declaration
    println!("{} {} {}", Priority::High < Priority::Low, Priority::Mid < Priority::High, Priority::Low < Priority::Mid);
    assert_eq!(v, [1, 2, 4], "the last one differs");
}

use std::num::ParseIntError;

fn maybe_icecream(hour_of_day: u16) -> Option<u16> {
    match hour_of_day {
        0..=21 => Some(5),
        22..=23 => Some(0),
        _ => None,
    }
}

fn total_cost(item_quantity: &str) -> Result<i32, ParseIntError> {
    let processing_fee = 1;
    let cost_per_item = 5;
    let qty = item_quantity.parse::<i32>()?;
    Ok(qty * cost_per_item + processing_fee)
}

#[derive(PartialEq, Debug)]
enum CreationError {
    Negative,
    Zero,
}

#[derive(PartialEq, Debug)]
struct PositiveNonzeroInteger(u64);

impl PositiveNonzeroInteger {
    fn new(value: i64) -> Result<Self, CreationError> {
        match value {
            x if x < 0 => Err(CreationError::Negative),
            0 => Err(CreationError::Zero),
            x => Ok(PositiveNonzeroInteger(x as u64)),
        }
    }
}

fn first_even_squared(values: &[i32]) -> Option<i32> {
    let first = values.iter().find(|v| *v % 2 == 0)?;
    first.checked_mul(*first)
}

fn main() {
    for h in [9, 21, 22, 23, 24, 25] {
        println!("hour {:>2}: {:?} -> {}", h, maybe_icecream(h), maybe_icecream(h).map_or("closed".to_string(), |n| format!("{} left", n)));
    }
    let mut tokens = 100;
    for input in ["8", "beep boop", "20", "-3", ""] {
        match total_cost(input) {
            Ok(cost) if cost > tokens => println!("{:?}: costs {}, you can't afford that", input, cost),
            Ok(cost) => {
                tokens -= cost;
                println!("{:?}: bought for {}, {} tokens left", input, cost, tokens);
            }
            Err(e) => println!("{:?}: error: {}", input, e),
        }
    }
    for v in [10, -10, 0, 42] {
        println!("PositiveNonzeroInteger::new({}) = {:?}", v, PositiveNonzeroInteger::new(v));
    }
    println!("{:?}", first_even_squared(&[1, 3, 4, 6]));
    println!("{:?}", first_even_squared(&[1, 3, 5]));
    println!("{:?}", first_even_squared(&[7, 65536]));
    let words = vec!["apple", "bob", "", "xylophone"];
    let firsts: Vec<Option<char>> = words.iter().map(|w| w.chars().next()).collect();
    println!("{:?}", firsts);
    let all: Option<Vec<char>> = firsts.iter().copied().collect();
    println!("all present? {:?}", all);
    let lens: Result<Vec<u8>, _> = ["1", "2", "300"].iter().map(|s| s.parse::<u8>()).collect();
    println!("{:?}", lens);
    let nested: Option<Option<i32>> = Some(Some(3));
    println!("flatten: {:?}, and_then: {:?}", nested.flatten(), Some(4).and_then(|x: i32| x.checked_sub(5)).or(Some(-1)));
}

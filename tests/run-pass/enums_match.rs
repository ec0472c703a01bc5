#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(&'static str),
    ChangeColor(i32, i32, i32),
}

impl Message {
    fn call(&self) {
        match self {
            _ => println!("called"),
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter,
}

fn value_in_cents(coin: Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
    }
}

fn describe(m: &Message) -> i32 {
    0
}

fn main() {
    let msgs = [Message::Quit, Message::Move { x: 1, y: -2 }, Message::Write("hi"), Message::ChangeColor(1, 2, 3)];
    let mut i = 0;
    while i < 4 {
        let m = &msgs[i];
        println!("{:?}", m);
        i += 1;
    }
    let m = Message::Move { x: 3, y: 4 };
    match m {
        Message::Move { x, y: 4 } => println!("moved x={x}"),
        _ => println!("other"),
    }
    if let Message::ChangeColor(r, g, b) = Message::ChangeColor(9, 8, 7) {
        println!("{r} {g} {b}");
    }
    println!("{}", value_in_cents(Coin::Penny) as u32 + value_in_cents(Coin::Quarter) as u32);
    println!("{} {}", Coin::Dime as i32, Coin::Quarter as u8);
    let n = 7;
    let kind = match n {
        1 | 2 => "small",
        3..=6 => "medium",
        x if x % 2 == 1 => "odd big",
        _ => "even big",
    };
    println!("{kind} {:?}", Coin::Nickel);
    let pair = (0, -2);
    match pair {
        (0, y) => println!("First is `0` and `y` is `{y}`"),
        (x, 0) => println!("`x` is `{x}` and last is `0`"),
        _ => println!("It doesn't matter what they are"),
    }
}

fn divide(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn parse_digit(c: char) -> Result<u32, &'static str> {
    if c >= '0' && c <= '9' { Ok(c as u32 - '0' as u32) } else { Err("not a digit") }
}

fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn main() {
    println!("{:?} {:?}", divide(7, 2), divide(1, 0));
    println!("{:?} {:?}", parse_digit('7'), parse_digit('x'));
    let five = Some(5);
    let six = plus_one(five);
    let none = plus_one(None);
    println!("{:?} {:?}", six, none);
    if let Some(v) = six {
        println!("got {v}");
    }
    let mut stack = [Some(1), None, Some(3)];
    let mut i = 0;
    while let Some(x) = stack[i] {
        println!("{x}");
        i += 2;
        if i > 2 { break; }
    }
    stack[1] = Some(2);
    println!("{:?}", stack);
    match parse_digit('3') {
        Ok(d) if d > 2 => println!("big digit {d}"),
        Ok(d) => println!("digit {d}"),
        Err(e) => println!("error: {e}"),
    }
    println!("{}", std::mem::size_of::<Option<char>>());
}

// Matches rustc accepts as exhaustive: integer ranges to the type's ends, chars, nested enums,
// tuples of booleans, references and or-patterns.
#[derive(Debug)]
enum Shape { Circle(u32), Rect { w: u32, h: u32 }, Empty }

fn size(n: u8) -> &'static str {
    match n {
        0 => "none",
        1..=9 => "small",
        10..=99 => "medium",
        100..=u8::MAX => "large",
    }
}

fn sign(n: i64) -> i8 {
    match n {
        i64::MIN..=-1 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' | 'A'..='Z' => "letter",
        '0'..='9' => "digit",
        '\0'..='/' | ':'..='@' | '['..='`' | '{'..=char::MAX => "other",
    }
}

fn area(s: &Shape) -> u32 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn both(a: bool, b: Option<bool>) -> u8 {
    match (a, b) {
        (true, Some(true)) => 3,
        (true, _) => 2,
        (false, Some(x)) => x as u8,
        (false, None) => 9,
    }
}

fn main() {
    println!("{} {} {} {}", size(0), size(7), size(42), size(200));
    println!("{} {} {}", sign(-5), sign(0), sign(12));
    println!("{} {} {} {}", kind('q'), kind('Q'), kind('5'), kind('~'));
    let shapes = [Shape::Circle(2), Shape::Rect { w: 3, h: 4 }, Shape::Empty];
    for s in shapes.iter() {
        println!("{:?} {}", s, area(s));
    }
    println!("{} {} {} {}", both(true, Some(true)), both(true, None), both(false, Some(true)), both(false, None));
    let (x, y) = (1, 2);
    let Shape::Circle(r) = Shape::Circle(5) else { panic!() };
    println!("{} {}", x + y, r);
}

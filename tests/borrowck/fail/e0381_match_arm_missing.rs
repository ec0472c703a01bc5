enum Level {
    Low,
    Mid,
    High,
}

fn main() {
    let lvl = Level::Mid;
    let speed: u32;
    match lvl {
        Level::Low => speed = 10,
        Level::Mid => println!("mid: keep default?"),
        Level::High => speed = 90,
    }
    println!("speed {}", speed);
}

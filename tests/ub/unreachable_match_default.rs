fn weekday_name(day: u8) -> &'static str {
    match day {
        0 => "Mon",
        1 => "Tue",
        2 => "Wed",
        3 => "Thu",
        4 => "Fri",
        _ => unsafe { std::hint::unreachable_unchecked() },
    }
}

fn main() {
    for d in [0u8, 4, 5] {
        println!("day {} is {}", d, weekday_name(d));
    }
}

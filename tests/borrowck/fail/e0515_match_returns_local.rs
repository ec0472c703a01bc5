fn unit_name(code: u8) -> &'static str {
    let custom = format!("unit{}", code);
    match code {
        0 => "meters",
        1 => "feet",
        _ => &custom,
    }
}

fn main() {
    for c in 0..3 {
        println!("{}", unit_name(c));
    }
}

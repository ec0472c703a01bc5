fn store<'a>(slot: &mut Vec<&'a str>, value: &'a str) {
    slot.push(value);
}

fn main() {
    let dynamic = format!("{}-{}", "tmp", 7);
    let mut slots: Vec<&str> = vec!["fixed"];
    store(&mut slots, &dynamic);
    store(&mut slots, "literal");
    println!("{:?}", slots);
}

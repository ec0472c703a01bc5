fn store<'a>(slot: &mut Vec<&'a str>, value: &'a str) {
    slot.push(value);
}

fn main() {
    let mut slots: Vec<&str> = vec!["fixed"];
    {
        let dynamic = format!("{}-{}", "tmp", 7);
        store(&mut slots, &dynamic);
    }
    println!("{:?}", slots);
}

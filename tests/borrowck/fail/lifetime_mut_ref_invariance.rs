fn remember<'a, 'b>(slot: &mut Vec<&'a str>, item: &'b str) {
    slot.push(item);
}

fn main() {
    let mut slot: Vec<&str> = Vec::new();
    let item = String::from("note");
    remember(&mut slot, &item);
    println!("{:?}", slot);
}

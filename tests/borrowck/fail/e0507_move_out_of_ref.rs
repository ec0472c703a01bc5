#[derive(Debug)]
struct Ticket {
    id: u32,
    holder: String,
}

fn holder_name(t: &Ticket) -> String {
    t.holder
}

fn main() {
    let t = Ticket { id: 7, holder: String::from("Sam") };
    println!("{} {}", t.id, holder_name(&t));
}

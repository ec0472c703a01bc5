#[derive(Debug, Clone)]
struct Ticket {
    id: u32,
    holder: String,
}

fn holder_name(t: &Ticket) -> String {
    t.holder.clone()
}

fn holder_ref(t: &Ticket) -> &str {
    &t.holder
}

fn main() {
    let t = Ticket { id: 7, holder: String::from("Sam") };
    let name = holder_name(&t);
    println!("{} {} {} {:?}", t.id, name, holder_ref(&t), t);
}

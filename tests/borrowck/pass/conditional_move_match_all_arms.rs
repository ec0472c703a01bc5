enum Dest {
    Archive,
    Trash,
    Keep,
}

fn route(doc: String, d: Dest) -> String {
    let result;
    match d {
        Dest::Archive => result = format!("archived {}", doc),
        Dest::Trash => {
            drop(doc);
            result = String::from("trashed");
        }
        Dest::Keep => result = doc,
    }
    result
}

fn main() {
    println!("{}", route("a.txt".into(), Dest::Archive));
    println!("{}", route("b.txt".into(), Dest::Trash));
    println!("{}", route("c.txt".into(), Dest::Keep));
}

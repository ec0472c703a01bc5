struct Team {
    members: [String; 2],
    name: String,
}

fn main() {
    let t = Team { members: [String::from("Ivy"), String::from("Jo")], name: String::from("blue") };
    let captain = t.members[0];
    println!("{} leads {}", captain, t.name);
}

struct Team {
    players: Vec<String>,
}

fn main() {
    let team = Team { players: vec![String::from("Lee")] };
    let Team { players } = &team;
    let roster = players;
    roster.push(String::from("Kai"));
    println!("{}", team.players.len());
}

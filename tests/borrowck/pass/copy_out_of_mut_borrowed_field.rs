struct Player {
    hp: i32,
    max_hp: i32,
}

fn main() {
    let mut p = Player { hp: 40, max_hp: 100 };
    let half = p.max_hp / 2;
    let hp = &mut p.hp;
    if *hp < half {
        *hp += 25;
    }
    println!("hp {} / {}", p.hp, p.max_hp);
}

struct Player {
    hp: i32,
    max_hp: i32,
}

fn main() {
    let mut p = Player { hp: 40, max_hp: 100 };
    let hp = &mut p.hp;
    if p.hp < p.max_hp / 2 {
        *hp += 25;
    }
    println!("hp {}", p.hp);
}

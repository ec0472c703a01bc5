struct Player {
    name: &'static str,
    score: u32,
}

fn main() {
    let players: Vec<*mut Player> = vec![
        Box::into_raw(Box::new(Player { name: "ana", score: 10 })),
        std::ptr::null_mut(),
    ];
    for p in &players {
        println!("updating next player");
        unsafe {
            (**p).score += 5;
            println!("{} now has {}", (**p).name, (**p).score);
        }
    }
}

struct World {
    entities: Vec<(i32, i32)>,
    log: Vec<String>,
    tick: u64,
}

fn step(world: &mut World) {
    let World { entities, log, tick } = world;
    for (i, e) in entities.iter_mut().enumerate() {
        e.0 += 1;
        log.push(format!("t{} moved {} to {}", tick, i, e.0));
    }
    *tick += 1;
}

fn main() {
    let mut w = World { entities: vec![(0, 0), (5, 5)], log: vec![], tick: 0 };
    step(&mut w);
    step(&mut w);
    for l in &w.log {
        println!("{}", l);
    }
    println!("tick {}", w.tick);
}

struct Sensor {
    id: u16,
    reading: f64,
}

fn main() {
    let mut sensors: Vec<Box<Sensor>> = vec![
        Box::new(Sensor { id: 1, reading: 0.5 }),
        Box::new(Sensor { id: 2, reading: 1.25 }),
        Box::new(Sensor { id: 3, reading: 2.0 }),
    ];
    let watched: *const Sensor = &*sensors[0];
    unsafe {
        println!("watching sensor {} at {}", (*watched).id, (*watched).reading);
    }
    let removed = sensors.remove(0);
    println!("removed sensor {}", removed.id);
    drop(removed);
    println!("{} sensors left", sensors.len());
    let r = unsafe { (*watched).reading };
    println!("watched reading = {}", r);
}

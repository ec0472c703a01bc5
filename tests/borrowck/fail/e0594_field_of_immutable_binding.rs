#[derive(Debug)]
struct Lamp {
    on: bool,
    watts: u32,
}

fn main() {
    let lamp = Lamp { on: false, watts: 60 };
    if lamp.watts > 40 {
        lamp.on = true;
    }
    println!("{:?}", lamp);
}

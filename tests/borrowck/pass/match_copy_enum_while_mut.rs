#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
}

fn main() {
    let mut light = Light::Red;
    let snapshot = light;
    let control = &mut light;
    match snapshot {
        Light::Red => *control = Light::Green,
        Light::Green => *control = Light::Red,
    }
    println!("{:?} -> {:?}", snapshot, light);
}

#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Green,
}

fn main() {
    let mut light = Light::Red;
    let control = &mut light;
    match light {
        Light::Red => println!("stop"),
        Light::Green => println!("go"),
    }
    *control = Light::Green;
    println!("{:?}", light);
}

// Traffic light state machine: a match that forgets one variant.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    RedAmber,
    Green,
    Amber,
}

fn next(light: Light) -> Light {
    // Mistake: `Light::Amber` is not covered.
    match light {
        Light::Red => Light::RedAmber,
        Light::RedAmber => Light::Green,
        Light::Green => Light::Amber,
    }
}

fn duration_secs(light: Light) -> u32 {
    match light {
        Light::Red => 30,
        Light::RedAmber => 2,
        Light::Green => 25,
        Light::Amber => 3,
    }
}

fn main() {
    let mut light = Light::Red;
    let mut elapsed = 0;
    for _ in 0..8 {
        println!("{:?} for {}s (t = {})", light, duration_secs(light), elapsed);
        elapsed += duration_secs(light);
        light = next(light);
    }
}

#[derive(Debug)]
enum Light {
    Red,
    Green,
    Yellow,
}

impl Light {
    fn next(&mut self) {
        *self = match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        };
    }
}

fn main() {
    let mut l = Light::Red;
    for _ in 0..4 {
        print!("{:?} ", l);
        l.next();
    }
    println!("{:?}", l);
}

// editions: 2015 2018 2021 2024
// A user type implements TryFrom<&str> with no `use std::convert::TryFrom`: the trait is only in the
// prelude from 2021 on, so 2015/2018 reject the impl (E0405).
#[derive(Debug, PartialEq)]
enum Color {
    Red,
    Green,
    Blue,
}

impl<'a> TryFrom<&'a str> for Color {
    type Error = String;

    fn try_from(name: &'a str) -> Result<Self, Self::Error> {
        match name.trim().to_lowercase().as_str() {
            "red" => Ok(Color::Red),
            "green" => Ok(Color::Green),
            "blue" => Ok(Color::Blue),
            other => Err(format!("unknown colour '{}'", other)),
        }
    }
}

fn main() {
    let inputs = vec!["Red", " blue ", "purple", "GREEN"];
    let mut ok = 0;
    for input in &inputs {
        match Color::try_from(*input) {
            Ok(c) => {
                ok += 1;
                println!("{:>8} -> {:?}", input, c);
            }
            Err(e) => println!("{:>8} -> error: {}", input, e),
        }
    }
    println!("{} of {} parsed", ok, inputs.len());
}

// From/Into and TryFrom/TryInto implemented by the program.
use std::convert::TryFrom;
use std::convert::TryInto;

#[derive(Debug)]
struct Number { value: i32 }

impl From<i32> for Number {
    fn from(item: i32) -> Self { Number { value: item } }
}

#[derive(Debug, PartialEq)]
struct EvenNumber(i32);

impl TryFrom<i32> for EvenNumber {
    type Error = String;

    fn try_from(value: i32) -> Result<Self, Self::Error> {
        if value % 2 == 0 { Ok(EvenNumber(value)) } else { Err(format!("{} is odd", value)) }
    }
}

fn main() {
    let n = Number::from(30);
    println!("{:?}", n);
    let m: Number = 5.into();
    println!("{:?}", m);
    println!("{:?}", EvenNumber::try_from(8));
    println!("{:?}", EvenNumber::try_from(5));
    let r: Result<EvenNumber, String> = 12i32.try_into();
    println!("{:?} {}", r, r == Ok(EvenNumber(12)));
    let bad: Result<EvenNumber, String> = 7i32.try_into();
    match bad {
        Ok(e) => println!("even {:?}", e),
        Err(msg) => println!("error: {}", msg),
    }
}

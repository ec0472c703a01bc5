use std::convert::{TryFrom, TryInto};

#[derive(Debug, PartialEq)]
struct Color {
    red: u8,
    green: u8,
    blue: u8,
}

#[derive(Debug, PartialEq)]
enum IntoColorError {
    BadLen,
    IntConversion,
}

fn channel(v: i16) -> Result<u8, IntoColorError> {
    u8::try_from(v).map_err(|_| IntoColorError::IntConversion)
}

impl TryFrom<(i16, i16, i16)> for Color {
    type Error = IntoColorError;
    fn try_from(tuple: (i16, i16, i16)) -> Result<Self, Self::Error> {
        Ok(Color { red: channel(tuple.0)?, green: channel(tuple.1)?, blue: channel(tuple.2)? })
    }
}

impl TryFrom<[i16; 3]> for Color {
    type Error = IntoColorError;
    fn try_from(arr: [i16; 3]) -> Result<Self, Self::Error> {
        Color::try_from((arr[0], arr[1], arr[2]))
    }
}

impl TryFrom<&[i16]> for Color {
    type Error = IntoColorError;
    fn try_from(slice: &[i16]) -> Result<Self, Self::Error> {
        let arr: [i16; 3] = slice.try_into().map_err(|_| IntoColorError::BadLen)?;
        arr.try_into()
    }
}

impl Color {
    fn hex(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

fn main() {
    println!("{:?}", Color::try_from((-5, -10, -15)));
    println!("{:?}", Color::try_from((-5, 255, 255)));
    println!("{:?}", Color::try_from((256, 100, 100)));
    let c: Result<Color, _> = (183, 65, 14).try_into();
    println!("{:?}", c.as_ref().map(Color::hex));
    println!("{:?}", Color::try_from([255, 256, 0]));
    println!("{:?}", Color::try_from([40, 80, 120]).map(|c| c.hex()));
    let v = vec![183, 65, 14];
    println!("{:?}", Color::try_from(&v[..]));
    println!("{:?}", Color::try_from(&v[..2]));
    let long = [1i16, 2, 3, 4];
    println!("{:?}", Color::try_from(&long[..]));
    println!("{:?}", Color::try_from(&[0, -1, 2][..]));

    let big: i64 = 300;
    let r: Result<u8, _> = big.try_into();
    println!("300 -> u8: {:?}", r);
    let ok: u16 = u16::try_from(big).unwrap();
    println!("300 -> u16: {}", ok);
    let neg = i32::try_from(-1i64).unwrap();
    println!("-1 -> u32: {:?}", u32::try_from(neg).map_err(|e| e.to_string()));
    let c = char::try_from(0x1F600u32);
    println!("char: {:?}", c);
    println!("bad char: {:?}", char::try_from(0xD800u32).is_err());
    let arr: Result<[u8; 2], _> = <[u8; 2]>::try_from(&[9u8, 8][..]);
    println!("array: {:?}", arr);
    assert_eq!(Color::try_from((1, 2, 3)), Ok(Color { red: 1, green: 2, blue: 3 }));
}

use std::convert::TryFrom;
use std::fmt;

#[derive(Debug, Default)]
struct Person {
    name: String,
    age: u8,
}

// rustlings from_into: "Mark,20" -> Person, falling back to default
impl From<&str> for Person {
    fn from(s: &str) -> Person {
        let mut parts = s.split(',');
        let (Some(name), Some(age), None) = (parts.next(), parts.next(), parts.next()) else {
            return Person { name: "John".into(), age: 30 };
        };
        if name.is_empty() {
            return Person { name: "John".into(), age: 30 };
        }
        match age.parse::<u8>() {
            Ok(age) => Person { name: name.to_string(), age },
            Err(_) => Person { name: "John".into(), age: 30 },
        }
    }
}

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

impl TryFrom<(i16, i16, i16)> for Color {
    type Error = IntoColorError;
    fn try_from(tuple: (i16, i16, i16)) -> Result<Self, Self::Error> {
        let (r, g, b) = tuple;
        let conv = |v: i16| u8::try_from(v).map_err(|_| IntoColorError::IntConversion);
        Ok(Color { red: conv(r)?, green: conv(g)?, blue: conv(b)? })
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
        match slice {
            &[r, g, b] => (r, g, b).try_into(),
            _ => Err(IntoColorError::BadLen),
        }
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02X}", self.red, self.green, self.blue)
    }
}

fn byte_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().len()
}

fn char_counter<T: AsRef<str>>(arg: T) -> usize {
    arg.as_ref().chars().count()
}

fn num_sq<T: AsMut<u32>>(arg: &mut T) {
    let n = arg.as_mut();
    *n *= *n;
}

fn average(values: &[i32]) -> f64 {
    let total: i64 = values.iter().map(|&v| i64::from(v)).sum();
    total as f64 / values.len() as f64
}

fn main() {
    for s in ["Mark,20", "", "Mike", "Mike,", ",1", "Mary,abc", "Bob,300", "Ann,33,extra", "Zed,255"] {
        let p: Person = s.into();
        println!("{s:<14?} -> {p:?}");
    }
    let p = Person::default();
    println!("default: name={:?} age={}", p.name, p.age);

    println!("{:?}", Color::try_from((183, 65, 14)));
    println!("{:?}", Color::try_from((256, 0, 0)));
    println!("{:?}", Color::try_from([-1, 10, 10]));
    let v = vec![10, 20, 30];
    let c: Result<Color, _> = v[..].try_into();
    println!("{:?}", c);
    println!("{:?}", Color::try_from(&[1i16, 2][..]));
    if let Ok(c) = Color::try_from([255, 171, 205]) {
        println!("display: {c}");
    }

    let s = "Café au lait";
    println!("bytes {} chars {}", byte_counter(s), char_counter(s));
    println!("String bytes {} chars {}", byte_counter(s.to_string()), char_counter(String::from("ü")));
    let mut b = Box::new(7u32);
    num_sq(&mut b);
    println!("boxed squared: {b}");

    let small: i8 = -5;
    let wide: i64 = small.into();
    let back = u8::try_from(wide);
    let ok = i8::try_from(100i32);
    let bad = u16::try_from(70000u32);
    println!("wide={wide} back={back:?} ok={ok:?} bad={bad:?}");
    println!("as casts: {} {} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i32, -7.5f32 as u8);
    println!("char: {} {} {:?}", 'A' as u32, char::from(98u8), char::from_u32(0x1F600).is_some());
    println!("avg {:.3}", average(&[i32::MAX, i32::MAX, 1]));
    let words: Vec<String> = vec!["a", "b"].into_iter().map(Into::into).collect();
    let joined: String = words.concat();
    let boxed: Box<str> = joined.clone().into_boxed_str();
    println!("{joined} {boxed} {}", String::from(boxed.clone()).len());
}

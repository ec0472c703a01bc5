#[derive(Debug, PartialEq)]
struct Person {
    name: String,
    age: u8,
}

impl Default for Person {
    fn default() -> Person {
        Person { name: String::from("John"), age: 30 }
    }
}

impl From<&str> for Person {
    fn from(s: &str) -> Person {
        let mut parts = s.split(',');
        let name = match parts.next() {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => return Person::default(),
        };
        let age = match parts.next().map(|a| a.trim().parse::<u8>()) {
            Some(Ok(a)) => a,
            _ => return Person::default(),
        };
        if parts.next().is_some() {
            return Person::default();
        }
        Person { name, age }
    }
}

#[derive(Debug, Clone, Copy)]
struct Celsius(f64);
#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

fn to_fahrenheit<T: Into<Fahrenheit>>(t: T) -> f64 {
    t.into().0
}

fn main() {
    let inputs = ["Mark,20", "", "Mark", ",1", "Mike,32,extra", "Mary,x", "Gerald,  70", "Bob,300", "Émilie,45"];
    for s in inputs {
        let p = Person::from(s);
        let marker = if p == Person::default() { " (default)" } else { "" };
        println!("{:<16} => {:?}{}", format!("{:?}", s), p, marker);
    }
    let p: Person = "Ann,7".into();
    println!("into: {} is {}", p.name, p.age);

    for c in [-40.0, 0.0, 36.6, 100.0] {
        let f: Fahrenheit = Celsius(c).into();
        let back = Celsius::from(f);
        println!("{:>6.1}C = {:>6.1}F (back {:.1})", c, f.0, back.0);
    }
    println!("generic: {}", to_fahrenheit(Celsius(21.5)));
    println!("identity: {}", to_fahrenheit(Fahrenheit(70.0)));

    let n: i64 = 42i32.into();
    let f: f64 = 7u8.into();
    let s: String = 'x'.into();
    let v: Vec<u8> = "abc".into();
    let b: Box<str> = "boxed".into();
    let o: Option<i32> = 5.into();
    println!("{} {} {} {:?} {} {:?}", n, f, s, v, b, o);
    let chars: Vec<char> = String::from("héllo").chars().collect();
    let back: String = chars.iter().rev().collect();
    println!("{:?} -> {}", chars, back);
    println!("u32 from char: {}", u32::from('é'));
    println!("char from u8: {}", char::from(65u8));
}

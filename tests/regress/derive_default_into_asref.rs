// Scope item 8: false E0599 on #[derive(Default)] types, on "x".into() to String, on Box::as_ref.
#[derive(Default, Debug)]
struct Settings {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
}

#[derive(Default, Debug, PartialEq)]
enum Mode {
    #[default]
    Fast,
    Careful,
}

fn describe(b: &Box<Vec<i32>>) -> usize {
    let inner: &Vec<i32> = b.as_ref();
    inner.len()
}

fn main() {
    let s = Settings::default();
    println!("{:?}", s);
    let t = Settings { retries: 3, ..Default::default() };
    println!("{} {} {} {}", t.name.is_empty(), t.retries, t.verbose, t.ratio);
    let m: Mode = Default::default();
    println!("{:?} {}", m, m == Mode::Careful);
    let owned: String = "x".into();
    let mut list: Vec<String> = Vec::new();
    list.push("y".into());
    list.push(owned);
    println!("{:?}", list);
    let b = Box::new(vec![1, 2, 3]);
    println!("{}", describe(&b));
    let bx = Box::new(41);
    let n: &i32 = bx.as_ref();
    println!("{}", n + 1);
}

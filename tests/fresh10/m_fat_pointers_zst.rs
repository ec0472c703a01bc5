use std::marker::PhantomData;
use std::mem::{size_of, size_of_val};
use std::rc::Rc;

trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Parrot {
    words: Vec<&'static str>,
}

impl Speak for Dog {
    fn speak(&self) -> String {
        "woof".to_string()
    }
}

impl Speak for Parrot {
    fn speak(&self) -> String {
        self.words.join("-")
    }
}

struct Km;
struct Miles;

struct Distance<U> {
    value: f64,
    _unit: PhantomData<U>,
}

impl<U> Distance<U> {
    fn new(value: f64) -> Self {
        Distance { value, _unit: PhantomData }
    }
}

fn km_to_miles(d: Distance<Km>) -> Distance<Miles> {
    Distance::new(d.value * 0.621371)
}

struct Unit;
#[allow(dead_code)]
struct Empty {}
#[allow(dead_code)]
struct NoElems([u64; 0]);

fn main() {
    println!("-- thin vs fat --");
    println!("&u8            {}", size_of::<&u8>());
    println!("&str           {}", size_of::<&str>());
    println!("&[u32]         {}", size_of::<&[u32]>());
    println!("&dyn Speak     {}", size_of::<&dyn Speak>());
    println!("Box<dyn Speak> {}", size_of::<Box<dyn Speak>>());
    println!("Box<[i32]>     {}", size_of::<Box<[i32]>>());
    println!("Box<str>       {}", size_of::<Box<str>>());
    println!("Rc<str>        {}", size_of::<Rc<str>>());
    println!("String         {}", size_of::<String>());
    println!("Vec<u8>        {}", size_of::<Vec<u8>>());
    println!("*const [u8]    {}", size_of::<*const [u8]>());
    println!("fn(i32)->i32   {}", size_of::<fn(i32) -> i32>());

    println!("-- pointee sizes --");
    let animals: Vec<Box<dyn Speak>> = vec![
        Box::new(Dog),
        Box::new(Parrot { words: vec!["hello", "polly"] }),
    ];
    for a in &animals {
        println!("says {:<12} pointee={} bytes", a.speak(), size_of_val(&**a));
    }
    let s = "héllo";
    println!("\"{}\" chars={} bytes={}", s, s.chars().count(), size_of_val(s));
    let v = vec![10u32, 20, 30];
    let boxed: Box<[u32]> = v.clone().into_boxed_slice();
    println!("vec handle={} heap={} | boxed handle={} heap={}",
        size_of_val(&v), size_of_val(&v[..]), size_of_val(&boxed), size_of_val(&*boxed));

    println!("-- zero sized --");
    println!("()            {}", size_of::<()>());
    println!("Unit          {}", size_of::<Unit>());
    println!("Empty         {}", size_of::<Empty>());
    println!("NoElems       {}", size_of::<NoElems>());
    println!("PhantomData   {}", size_of::<PhantomData<String>>());
    println!("Distance<Km>  {}", size_of::<Distance<Km>>());
    println!("[Unit; 1000]  {}", size_of::<[Unit; 1000]>());
    println!("Box<Unit>     {}", size_of::<Box<Unit>>());

    let mut units: Vec<Unit> = Vec::new();
    for _ in 0..1000 {
        units.push(Unit);
    }
    println!("Vec<Unit> len={} cap_is_max={}", units.len(), units.capacity() == usize::MAX);

    let trip = Distance::<Km>::new(42.0);
    let m = km_to_miles(trip);
    println!("42 km = {:.3} miles", m.value);
}

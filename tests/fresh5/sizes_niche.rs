// Exploring how big things are, and where Rust hides the "None" of an Option.
use std::cell::{Cell, RefCell};
use std::mem::{align_of, size_of, size_of_val};
use std::num::{NonZeroU32, NonZeroU8};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

#[allow(dead_code)]
enum Unit {
    A,
    B,
    C,
}

#[allow(dead_code)]
enum WithData {
    Empty,
    Small(u8),
    Big(u64),
}

#[allow(dead_code)]
enum Wrapper {
    Only(Box<u32>),
}

trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

macro_rules! show {
    ($($t:ty),* $(,)?) => {
        $(println!("{:<28} size={:>2} align={}", stringify!($t), size_of::<$t>(), align_of::<$t>());)*
    };
}

fn main() {
    println!("-- primitives --");
    show!(u8, u16, u32, u64, u128, usize, f32, f64, bool, char, ());
    println!("-- enums --");
    show!(Unit, WithData, Wrapper, Option<Wrapper>);
    println!("-- niches --");
    show!(
        Option<Box<u64>>,
        Option<&u8>,
        Option<NonZeroU32>,
        Option<u32>,
        Option<bool>,
        Option<char>,
        Option<Option<bool>>,
        Option<Option<Option<bool>>>,
        Option<NonZeroU8>,
        Option<Unit>,
        Option<WithData>,
    );
    println!("-- pointers --");
    show!(&str, &[u8], Box<[i32]>, Box<dyn Shape>, &dyn Shape, Rc<u8>, Arc<String>);
    println!("-- containers --");
    show!(String, Vec<u8>, Vec<u64>, Cell<u32>, RefCell<u32>, RefCell<Vec<u8>>, Mutex<u64>);
    show!((u8, u32), (u8, u8, u16), (u64, u8), [u16; 5], [(u8, u32); 3]);

    let arr = [1u32, 2, 3, 4, 5, 6, 7];
    let slice: &[u32] = &arr[2..5];
    let text = "héllo";
    let boxed: Box<dyn Shape> = Box::new(Square(3.0));
    println!("size_of_val(slice) = {}", size_of_val(slice));
    println!("size_of_val(text) = {} (chars = {})", size_of_val(text), text.chars().count());
    println!("size_of_val(*boxed) = {}", size_of_val(&*boxed));
    println!("size_of_val(&boxed) = {}", size_of_val(&boxed));
    println!("area = {:.1}", boxed.area());

    let total: usize = [size_of::<u8>(), size_of::<u16>(), size_of::<u32>()].iter().sum();
    println!("sum of small ints = {total}");
}

// Low-level helpers: mem functions, MaybeUninit, comparisons and formatter flags.
use std::cmp::{self, Ordering, Reverse};
use std::fmt;
use std::mem::{self, MaybeUninit};

#[derive(Debug)]
enum Shape {
    Circle(f32),
    Square(f32),
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Pair {
    a: u16,
    b: u16,
}

struct Signed(i32);

impl fmt::Display for Signed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[plus={} minus={} alt={}] {}", f.sign_plus(), f.sign_minus(), f.alternate(), self.0)
    }
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Square(2.0), Shape::Circle(3.0)];
    println!("discriminant eq={} ne={}", mem::discriminant(&shapes[0]) == mem::discriminant(&shapes[2]), mem::discriminant(&shapes[0]) == mem::discriminant(&shapes[1]));
    let slice: &[u64] = &[1, 2, 3];
    println!("size_of_val={} align_of_val={} align_of_val(str)={}", mem::size_of_val(slice), mem::align_of_val(slice), mem::align_of_val("abc"));
    println!("size_of={} align_of={} needs_drop={} {}", mem::size_of::<Pair>(), mem::align_of::<Pair>(), mem::needs_drop::<String>(), mem::needs_drop::<Pair>());
    let word: u32 = 0x0004_0003;
    let pair: Pair = unsafe { mem::transmute_copy(&word) };
    println!("transmute_copy={:?} transmute={}", pair, unsafe { mem::transmute::<[u8; 4], u32>([1, 0, 0, 0]) });
    let z: (u8, u32) = unsafe { mem::zeroed() };
    let mz: MaybeUninit<[u16; 3]> = MaybeUninit::zeroed();
    println!("zeroed={:?} MaybeUninit::zeroed={:?}", z, unsafe { mz.assume_init() });
    let mut a = vec![1];
    let mut b = vec![2, 3];
    mem::swap(&mut a, &mut b);
    let old = mem::replace(&mut a, vec![9]);
    let taken = mem::take(&mut b);
    println!("swap/replace/take: a={:?} b={:?} old={:?} taken={:?}", a, b, old, taken);
    let leaked = String::from("forgotten");
    mem::forget(leaked);
    mem::drop(a);
    println!("cmp::max={} min={} max_by={} min_by={}", cmp::max(3, 7), cmp::min("b", "a"), cmp::max_by(2.5f64, 1.5, |x, y| x.total_cmp(y)), cmp::min_by(-3i32, 2, |x, y| x.abs().cmp(&y.abs())));
    println!("max_by_key={} min_by_key={}", cmp::max_by_key("apple", "fig", |s| s.len()), cmp::min_by_key(-7i32, 5, |x| x.abs()));
    for o in [Ordering::Less, Ordering::Equal, Ordering::Greater] {
        println!("{:?}: eq={} ne={} lt={} gt={} le={} ge={} rev={:?} then={:?} then_with={:?}", o, o.is_eq(), o.is_ne(), o.is_lt(), o.is_gt(), o.is_le(), o.is_ge(),
            o.reverse(), o.then(Ordering::Less), o.then_with(|| Ordering::Greater));
    }
    let mut r = Reverse(5);
    let r2 = r.clone();
    r.clone_from(&Reverse(8));
    let d: Reverse<u8> = Reverse::default();
    println!("Reverse: {:?} {:?} {:?} lt={} le={} gt={} ge={} cmp={:?} partial={:?} eq={}", r, r2, d, r < r2, r <= r2, r > r2, r >= r2, r.cmp(&r2), r.partial_cmp(&r2), r == r2);
    let mut seen = std::collections::HashSet::new();
    seen.insert(Reverse("x"));
    println!("hashed Reverse: {}", seen.contains(&Reverse("x")));
    let mut v = vec![3, 1, 2];
    v.sort_by_key(|x| Reverse(*x));
    println!("sorted desc {:?}", v);
    println!("{} | {:+} | {:-} | {:#}", Signed(1), Signed(2), Signed(3), Signed(4));
    println!("str::from_utf8={:?} bad={}", str::from_utf8(b"hey"), str::from_utf8(&[0xFF]).is_err());
    let mut bytes = *b"low";
    if let Ok(s) = str::from_utf8_mut(&mut bytes) {
        s.make_ascii_uppercase();
    }
    println!("from_utf8_mut={:?}", bytes);
    println!("unchecked={} {}", unsafe { str::from_utf8_unchecked(b"ok") }, unsafe { str::from_utf8_unchecked_mut(&mut bytes) });
    for b in [b'a', b'7', b'F', b'!', b'\x01', b' '] {
        println!("{:?}: alnum={} hex={} punct={} ctrl={}", b as char, b.is_ascii_alphanumeric(), b.is_ascii_hexdigit(), b.is_ascii_punctuation(), b.is_ascii_control());
    }
    let order = [Shape::Circle(1.0), Shape::Square(1.0)];
    println!("{:?}", order.iter().map(|s| match s { Shape::Circle(r) => r * 2.0, Shape::Square(s) => s * s }).collect::<Vec<_>>());
    let boom: Result<u8, String> = Err("bad shape".into());
    boom.expect("shape must parse");
}

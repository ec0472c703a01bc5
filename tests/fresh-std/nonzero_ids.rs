use std::collections::HashMap;
use std::mem::size_of;
use std::num::{NonZeroI32, NonZeroU32, NonZeroU8, NonZero};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct UserId(NonZeroU32);

struct Registry {
    next: NonZeroU32,
    names: HashMap<UserId, String>,
}

impl Registry {
    fn new() -> Self { Registry { next: NonZeroU32::new(1).unwrap(), names: HashMap::new() } }
    fn add(&mut self, name: &str) -> UserId {
        let id = UserId(self.next);
        self.next = self.next.checked_add(1).expect("ids exhausted");
        self.names.insert(id, name.to_string());
        id
    }
}

fn main() {
    println!("Option<NonZeroU32>: {} bytes, Option<u32>: {} bytes", size_of::<Option<NonZeroU32>>(), size_of::<Option<u32>>());
    println!("Option<UserId>: {} bytes", size_of::<Option<UserId>>());
    let mut reg = Registry::new();
    let ids: Vec<UserId> = ["ada", "grace", "linus"].iter().map(|n| reg.add(n)).collect();
    let mut sorted: Vec<_> = reg.names.iter().map(|(id, n)| (id.0.get(), n.clone())).collect();
    sorted.sort();
    println!("{:?} {:?}", ids, sorted);
    println!("zero? {:?} seven {:?}", NonZeroU8::new(0), NonZeroU8::new(7));
    let n = NonZero::<u64>::new(48).unwrap();
    println!("{} tz {} lz {} pow2 {} log2 {} next {:?}", n, n.trailing_zeros(), n.leading_zeros(), n.is_power_of_two(), n.ilog2(),
        n.checked_next_power_of_two());
    println!("{:?} {:?}", "0".parse::<NonZeroU32>(), "12".parse::<NonZeroU32>());
    let e = "0".parse::<NonZeroU32>().unwrap_err();
    println!("error: {}", e);
    println!("{:?} {:?}", NonZeroU32::try_from(0u32).is_err(), NonZeroU32::try_from(5u32));
    let neg = NonZeroI32::new(-12).unwrap();
    println!("{} abs {} neg {} unsigned {} positive {} {:?}", neg, neg.abs(), -neg, neg.unsigned_abs(), neg.is_positive(), neg.checked_neg());
    let flags = NonZeroU8::new(0b0100).unwrap() | 0b0001;
    println!("{:08b} {:#x} {}", flags, flags, u32::from(NonZeroU32::MAX));
    println!("{} / {} = {}, rem {}", 100u32, NonZeroU32::new(7).unwrap(), 100u32 / NonZeroU32::new(7).unwrap(), 100u32 % NonZeroU32::new(7).unwrap());
    println!("sat {} mul {:?} pow {:?}", NonZeroU8::new(200).unwrap().saturating_add(100), NonZeroU8::new(20).unwrap().checked_mul(NonZeroU8::new(20).unwrap()),
        NonZeroU32::new(3).unwrap().checked_pow(4));
}

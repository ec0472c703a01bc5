// Box<[T]>, Box<str> and Box<T>: conversions, collecting, iterating, cloning, defaults and the
// allocations each one makes.
use std::borrow::{Borrow, BorrowMut, Cow};
use std::mem::size_of;

#[derive(Debug)]
struct Buf(Vec<u8>);

impl Buf {
    fn first(&self) -> *const u8 { self.0.as_ptr() }
}

impl Clone for Buf {
    fn clone(&self) -> Self {
        println!("  Buf::clone");
        Buf(self.0.clone())
    }
    fn clone_from(&mut self, source: &Self) {
        println!("  Buf::clone_from");
        self.0.clear();
        self.0.extend_from_slice(&source.0);
    }
}

fn addr<T: ?Sized>(b: &Box<T>) -> isize { &**b as *const T as *const u8 as isize }

fn main() {
    println!("sizes {} {} {} {}", size_of::<Box<u8>>(), size_of::<Box<[u8]>>(), size_of::<Box<str>>(), size_of::<Option<Box<dyn Fn()>>>());
    let s: &[u32] = &[1, 2, 3];
    let b1: Box<[u32]> = Box::from(s);
    let b2: Box<[u32]> = Box::from([4u32, 5]);
    let b3: Box<[u32]> = vec![6, 7, 8, 9].into();
    let b4: Box<[u32]> = (0..5).filter(|x| x % 2 == 0).collect();
    let mut ms = [1u32, 1];
    let b5: Box<[u32]> = Box::from(&mut ms[..]);
    let b6: Box<[u32]> = Box::from(Cow::Borrowed(&s[..1]));
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", b1, b2, b3, b4, b5, b6);
    println!("gaps {} {}", addr(&b2) - addr(&b1), addr(&b3) - addr(&b2));

    let t1: Box<str> = Box::from("text");
    let t2: Box<str> = String::from("string").into();
    let mut owned = String::from("mutable");
    let t3: Box<str> = Box::from(owned.as_mut_str());
    let t4: Box<str> = "abc".chars().rev().collect();
    let t5: Box<str> = vec!["x", "y", "z"].into_iter().collect();
    let t6: Box<str> = vec![String::from("p"), String::from("q")].into_iter().collect();
    let t7: Box<str> = ['h', 'i'].iter().collect();
    let t8: Box<str> = vec![Cow::Borrowed("c"), Cow::Owned("d".to_string())].into_iter().collect();
    let t9: Box<str> = vec![Box::<str>::from("b1"), Box::from("b2")].into_iter().collect();
    println!("{} {} {} {} {} {} {} {} {}", t1, t2, t3, t4, t5, t6, t7, t8, t9);
    let bytes: Box<[u8]> = Box::from(t1.clone());
    println!("bytes {:?} back {}", bytes, String::from(t2.clone()));
    let st: String = vec![t1.clone(), t3.clone()].into_iter().collect();
    let mut ext = String::from(">");
    ext.extend(vec![t4.clone(), t5.clone()]);
    println!("collected {} extended {}", st, ext);

    let arr: Result<Box<[u32; 4]>, _> = b3.clone().try_into();
    println!("to array {:?}", arr);
    let bad: Result<Box<[u32; 2]>, Box<[u32]>> = b3.clone().try_into();
    println!("to array err {:?}", bad);
    let fv: Result<Box<[u8; 3]>, Vec<u8>> = vec![1u8, 2, 3].try_into();
    println!("from vec {:?}", fv);

    let mut total = 0;
    for x in &b3 {
        total += x;
    }
    let mut b7 = b3.clone();
    for x in &mut b7 {
        *x *= 2;
    }
    let owned_items: Vec<u32> = b7.clone().into_iter().rev().collect();
    println!("sum {} doubled {:?} owned rev {:?}", total, b7, owned_items);

    let mut c1 = Box::new(Buf(vec![1, 2, 3]));
    let c2 = Box::new(Buf(vec![4]));
    let before = c1.first();
    c1.clone_from(&c2);
    println!("clone_from {:?} same buffer {}", c1, before == c1.first());
    let c3 = c2.clone();
    println!("clone {:?}", c3);
    let mut sl: Box<[i32]> = Box::from([1, 2]);
    let sp = sl.as_ptr();
    sl.clone_from(&Box::from([3, 4]));
    println!("slice clone_from same len {:?} same {}", sl, sp == sl.as_ptr());
    sl.clone_from(&Box::from([5]));
    println!("slice clone_from other len {:?}", sl);

    let d1: Box<[u8]> = Default::default();
    let d2: Box<str> = Default::default();
    let d3: Box<(i32, bool)> = Default::default();
    println!("defaults {:?} {:?} {:?}", d1, d2, d3);

    let mut bb = Box::new(5);
    let r: &i32 = bb.borrow();
    println!("borrow {}", r);
    *BorrowMut::<i32>::borrow_mut(&mut bb) += 1;
    *bb.as_mut() += 1;
    println!("as_ref {} eq {} cmp {:?}", AsRef::<i32>::as_ref(&bb), bb == Box::new(7), bb.cmp(&Box::new(9)));
    println!("into_boxed_str len {} into_vec {:?}", String::from("xy").into_boxed_str().len(), b2.into_vec());
}

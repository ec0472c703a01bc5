// built-in and tool attributes are accepted
#![allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C)]
struct Pair(u8, u32);

#[inline(always)]
#[must_use]
fn first(p: Pair) -> u8 { p.0 }

#[rustfmt::skip]
#[allow(unused_variables)]
#[cfg(not(test))]
fn main() {
    #[allow(unused)]
    let unused = 1;
    #[deprecated]
    fn old() {}
    println!("{} {:?}", first(Pair(7, 9)), Pair(1, 2));
}

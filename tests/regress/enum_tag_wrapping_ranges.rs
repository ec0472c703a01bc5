// Tag valid ranges of unsigned repr enums (rustc 1.95: the smallest wrapping range) seen through Option's niche.
#![allow(dead_code)]
use std::mem::size_of;
#[repr(u8)]
enum A { X = 0, Y = 1, Z = 255 }
enum B { X = 0, Y = 1, Z = 255 }
#[repr(i8)]
enum C { X = -128, Y = 127 }
#[repr(u8)]
enum D { X = 0, Y = 10, Z = 200 }
#[repr(i8)]
enum E { A = -128, B = -127, C = 126, D = 127 }
#[repr(u16)]
enum F { A = 0, B = 1, C = 65535 }
#[repr(u8)]
enum G { A = 0, B = 128 }
#[repr(u8)]
enum H { A = 10, B = 20, C = 240 }
enum I { A = -1, B = 0, C = 5 }
#[repr(u8)]
#[derive(Clone, Copy)]
enum J { A = 0, B = 100, C = 200 }
#[repr(u8)]
enum K { A = 5, B = 200 }
#[repr(i8)]
enum L { A = -100, B = 100 }
#[repr(u8)]
enum M { A = 0, B = 50, C = 150, D = 200 }
enum N { A = 0, B = 1, C = 4000 }
#[repr(u32)]
enum O { A = 0, B = 1, C = 4294967295 }
#[repr(u8)]
enum P { A = 0, B = 1, C = 2 }
fn main() {
    println!("A: {} {} {}", size_of::<A>(), size_of::<Option<A>>(), size_of::<Option<Option<A>>>());
    println!("B: {} {} {}", size_of::<B>(), size_of::<Option<B>>(), size_of::<Option<Option<B>>>());
    println!("C: {} {} {}", size_of::<C>(), size_of::<Option<C>>(), size_of::<Option<Option<C>>>());
    println!("D: {} {} {}", size_of::<D>(), size_of::<Option<D>>(), size_of::<Option<Option<D>>>());
    println!("E: {} {} {}", size_of::<E>(), size_of::<Option<E>>(), size_of::<Option<Option<E>>>());
    println!("F: {} {} {}", size_of::<F>(), size_of::<Option<F>>(), size_of::<Option<Option<F>>>());
    println!("G: {} {} {}", size_of::<G>(), size_of::<Option<G>>(), size_of::<Option<Option<G>>>());
    println!("H: {} {} {}", size_of::<H>(), size_of::<Option<H>>(), size_of::<Option<Option<H>>>());
    println!("I: {} {} {}", size_of::<I>(), size_of::<Option<I>>(), size_of::<Option<Option<I>>>());
    println!("J: {} {} {}", size_of::<J>(), size_of::<Option<J>>(), size_of::<Option<Option<J>>>());
    println!("K: {} {} {}", size_of::<K>(), size_of::<Option<K>>(), size_of::<Option<Option<K>>>());
    println!("L: {} {} {}", size_of::<L>(), size_of::<Option<L>>(), size_of::<Option<Option<L>>>());
    println!("M: {} {} {}", size_of::<M>(), size_of::<Option<M>>(), size_of::<Option<Option<M>>>());
    println!("N: {} {} {}", size_of::<N>(), size_of::<Option<N>>(), size_of::<Option<Option<N>>>());
    println!("O: {} {} {}", size_of::<O>(), size_of::<Option<O>>(), size_of::<Option<Option<O>>>());
    println!("P: {} {} {}", size_of::<P>(), size_of::<Option<P>>(), size_of::<Option<Option<P>>>());
    let x: Option<G> = Some(G::B); let y: Option<G> = None; let z = Some(D::Z);
    println!("{} {} {}", matches!(x, Some(G::B)), y.is_none(), matches!(z, Some(D::Z)));
    println!("{:?}", [Some(J::A), None, Some(J::C)].iter().map(|o| o.as_ref().map(|j| *j as u8)).collect::<Vec<_>>());
}

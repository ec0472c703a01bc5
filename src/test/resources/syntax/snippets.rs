// Syntax snippets for the differential parser test. Each starts at a line `// ==== NAME`.
// scripts/gen-syntax-verdicts.sh asks rustc (parse only) whether each one parses and writes
// verdicts.txt; SyntaxVerdictTest checks that rustmem agrees.
// ==== literals-int
fn main() { let _ = (1, 1_000, 0x1F, 0o17, 0b1010_1010, 1u8, 2i64, 3usize, 0xffu8, 1_2_3_u32, 0x_ff); }
// ==== literals-float
fn main() { let _ = (1.0, 1e10, 1.5e-3, 2.5E+7, 1f32, 3.0_f64, 1_000.000_1, 6.02e23f64, 1.); }
// ==== literals-char-byte
fn main() { let _ = ('a', '\n', '\'', '\\', '\x7f', '\u{1F600}', 'é', b'a', b'\xff', b'\n', '"'); }
// ==== literals-strings
fn main() { let _ = ("plain", "esc \t \" \\ \0 \x41 \u{48}", b"bytes\xff", r"raw \n", r#"raw "quoted""#, br##"x"#y"##, c"cstr", cr#"c raw"#); }
// ==== literals-string-continuation
fn main() { let _ = "one \
                     two"; }
// ==== literals-multiline-string
fn main() { let _ = "line one
line two"; }
// ==== comments-nested
/* outer /* inner */ still comment */ fn main() { /* a */ let _x = 1; // end
}
// ==== doc-comments
//! crate doc
/// item doc
/** block doc */
fn main() {}
// ==== shebang
#!/usr/bin/env run-cargo-script
fn main() {}
// ==== raw-idents
fn r#match(r#type: u8) -> u8 { r#type }
fn main() { let _ = r#match(1); }
// ==== lifetimes-labels
fn f<'a, 'b: 'a>(x: &'a str, _y: &'b str) -> &'a str { x }
fn main() { 'outer: loop { 'inner: while true { break 'outer; } } let _ = 'b: { break 'b 1 }; }
// ==== items-all
use std::collections::{HashMap, hash_map::{self, Entry}};
use std::fmt::*;
use std::io as stdio;
extern crate core;
const C: u8 = 1;
static S: &str = "s";
static mut M: i32 = 0;
type Alias<T> = Vec<T>;
struct Unit;
struct Tuple(pub u8, pub(crate) String);
struct Named<T: Clone> where T: Copy { a: T, pub b: Vec<T> }
enum E { A, B(u8), C { x: i32 } = 3, }
union U { a: u32, b: f32 }
trait Tr: Clone + 'static { type Out; const N: usize = 3; fn m(&self) -> Self::Out; fn d(&mut self) {} }
impl<T> Tr for Named<T> where T: Clone + Copy { type Out = T; fn m(&self) -> T { self.a } }
impl E { pub const fn new() -> Self { E::A } }
mod inner { pub(super) fn f() {} pub(in crate) struct S; }
unsafe fn raw() {}
unsafe trait Unsafe {}
unsafe impl Unsafe for Unit {}
extern "C" { fn abs(x: i32) -> i32; }
pub extern "C" fn callable() {}
async fn fut() {}
fn main() {}
// ==== generics-complex
fn f<T, U: Into<T> + ?Sized, const N: usize>(_: [T; N]) where for<'a> &'a U: IntoIterator {}
struct S<'a, T: 'a + ?Sized = u8, const M: bool = true>(&'a T);
fn g() -> impl Fn(u8) -> u8 + Clone { |x| x }
fn h(_: Box<dyn Fn(&str) -> Result<(), String> + Send + 'static>) {}
fn i<I: Iterator<Item = u8>>(_: I) {}
fn main() { let _ = Vec::<Vec<u8>>::new(); let _: Vec<Vec<Vec<u8>>> = vec![]; }
// ==== qualified-paths
trait T { type A; fn f() -> u8; }
fn main() { let _ = <u8 as Default>::default(); let _: <Vec<u8> as IntoIterator>::Item = 0; let _ = <Vec<u8>>::new(); }
// ==== types-all
fn f(_: (), _: (u8,), _: (u8, u16), _: [u8; 4], _: &[u8], _: &mut str, _: *const u8, _: *mut u8, _: fn(u8) -> u8, _: unsafe extern "C" fn(), _: &dyn Fn(), _: !, _: Option<&'static str>) {}
fn main() {}
// ==== patterns-all
fn main() {
    let (a, mut b, ref c, ref mut d) = (1, 2, 3, 4);
    let [first, .., last] = [1, 2, 3];
    let [x, rest @ ..] = [1, 2, 3];
    match 5 { 0 => {}, 1 | 2 => {}, 3..=4 => {}, 5.. => {}, n @ 6..=9 if n > 7 => {}, _ => {} }
    match Some(3) { Some(ref x) => {}, None => {} }
    match (1, 2) { (0, _) | (_, 0) => {}, (..) => {} }
    if let Point { x, y: 0, .. } = p {}
    let &(u, v) = &(1, 2);
    match -1 { -5..=-1 => {}, i32::MIN..=0 => {}, _ => {} }
    match 'c' { 'a'..='z' | 'A'..='Z' => {}, _ => {} }
    match v { [] => {}, [one] => {}, [a, b, ..] => {} }
}
// ==== expressions-precedence
fn main() {
    let _ = 1 + 2 * 3 - 4 / 5 % 6;
    let _ = a << 2 & b | c ^ d;
    let _ = a == b && c != d || !e;
    let _ = -x.y.z() as u64 + *p;
    let _ = &mut v[0];
    let _ = x as u8 as u32;
    let _ = 0..10;
    let _ = ..=5;
    let _ = ..;
    let _ = a.0.1;
    let _ = f()?.g()?;
    x += 1; y <<= 2; z = w = 3;
}
// ==== expressions-blocks
fn main() {
    let x = if a { 1 } else if b { 2 } else { 3 };
    let y = match x { 1 => "one", _ => "many" };
    let z = loop { break 5; };
    while let Some(t) = stack.pop() { println!("{}", t); }
    for (i, v) in v.iter().enumerate() { continue; }
    let w = unsafe { 1 };
    let c = const { 3 };
    if let Some(a) = b && a > 3 && let Some(c) = d {}
    let Some(v) = opt else { return; };
}
// ==== expressions-closures
fn main() {
    let a = || 1;
    let b = |x| x + 1;
    let c = |x: u8, y: &str| -> u8 { x };
    let d = move || println!("{}", s);
    let e = |&(a, b): &(u8, u8)| a + b;
    let f = async move { 1 };
}
// ==== expressions-structs
fn main() {
    let p = Point { x: 1, y };
    let q = Point { x: 2, ..p };
    let r = Tuple { 0: 1, 1: 2 };
    let s = S {};
    let t = crate::m::S::<u8> { f: 1 };
    if x == (Point { x: 1, y: 2 }) {}
}
// ==== statements-block-like
fn main() {
    match x { _ => {} }
    if a { b } else { c }
    loop { break }
    { 1 }
    let v = if c { 1 } else { 2 }.to_string();
    unsafe { f() }
}
// ==== macros
macro_rules! sq { ($x:expr) => { $x * $x }; ($($y:tt),*) => { 0 $(+ $y)* } }
fn main() { println!("{}", sq!(3)); let v = vec![1, 2, 3]; assert_eq!(v.len(), 3, "len {}", v.len()); thread_local! { static K: u8 = 1; } }
// ==== attributes
#![allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(C, packed(2))]
struct S { #[allow(unused)] a: u8 }
#[cfg(not(test))]
fn main() { #[allow(unused_variables)] let x = 1; }
// ==== trailing-commas
fn f(a: u8, b: u8,) -> (u8, u8,) { (a, b,) }
fn main() { let _ = [1, 2, 3,]; let _ = f(1, 2,); }
// ==== nested-generics-shift
fn main() { let x: Vec<Vec<Vec<u8>>>= Vec::new(); let y = a >> b; let z = a >>= 1; }
// ==== impl-generics-vs-qpath
impl<T> Tr for T {}
impl <T: Copy> S<T> {}
fn main() {}
// ==== fail-missing-semicolon
fn main() { let x = 1 let y = 2; }
// ==== fail-unclosed-brace
fn main() { if x {
// ==== fail-mismatched-delims
fn main() { let v = (1, 2]; }
// ==== fail-bad-binop
fn main() { let x = 1 + * ; }
// ==== fail-chained-comparison
fn main() { let _ = a < b < c; }
// ==== fail-let-as-expr
fn main() { let _ = let x = 3; }
// ==== fail-struct-missing-colon
struct S { a u8 }
fn main() {}
// ==== fail-fn-no-body
fn main() -> u8
// ==== fail-unterminated-string
fn main() { let s = "abc; }
// ==== fail-unterminated-comment
fn main() {} /* never closed
// ==== fail-bad-char-literal
fn main() { let c = 'ab'; }
// ==== fail-empty-char
fn main() { let c = ''; }
// ==== fail-keyword-as-ident
fn main() { let fn = 3; }
// ==== fail-unknown-token
fn main() { let x = 3 ¤ 4; }
// ==== fail-item-garbage
fn main() {}
42
// ==== fail-match-arm-missing-arrow
fn main() { match x { 1 2 } }
// ==== fail-double-dot-dot-expr
fn main() { let x = 1 +; }
// ==== fail-raw-pointer-no-mut
fn f(p: *u8) {}
fn main() {}
// ==== fail-bad-escape
fn main() { let s = "\q"; }
// ==== fail-unicode-escape-range
fn main() { let s = '\u{110000}'; }
// ==== fail-closure-ret-no-block
fn main() { let f = |x| -> u8 x; }
// ==== fail-impl-missing-brace
impl S
fn main() {}
// ==== fail-extra-close
fn main() { } }
// ==== fail-if-no-block
fn main() { if x return; }
// ==== fail-else-without-block
fn main() { if x {} else 3; }
// ==== fail-use-missing-semicolon
use std::fmt
fn main() {}
// ==== fail-let-missing-pattern
fn main() { let = 5; }
// ==== fail-enum-bad-variant
enum E { A(, B }
fn main() {}
// ==== fail-generic-unclosed
fn f<T(x: T) {}
fn main() {}
// ==== fail-inner-attr-late
fn main() {}
#![allow(unused)]
// ==== fail-eof-in-expr
fn main() { let x = (1 +
// ==== generics-shr-before-eq
trait Shape {}
fn main() { let a: Vec<Vec<u8>> = Vec::new(); let b: Vec<Box<dyn Shape + Send>> = Vec::new(); let c: Option<Vec<u8>>= None; }
// ==== generics-assoc-constraint-eq
fn f(_: impl Iterator<Item = Vec<u8>>) {}
fn g(_: Box<dyn Iterator<Item = Vec<Vec<u8>>>>) {}
fn main() {}

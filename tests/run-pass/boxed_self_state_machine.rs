trait State {
    fn next(self: Box<Self>) -> Box<dyn State>;
    fn name(&self) -> &'static str;
}
struct A { n: u32 }
struct B;
impl Drop for A { fn drop(&mut self) { println!("drop A {}", self.n); } }
impl Drop for B { fn drop(&mut self) { println!("drop B"); } }
impl State for A {
    fn next(self: Box<Self>) -> Box<dyn State> { if self.n > 1 { Box::new(A { n: self.n - 1 }) } else { Box::new(B) } }
    fn name(&self) -> &'static str { "A" }
}
impl State for B {
    fn next(self: Box<Self>) -> Box<dyn State> { self }
    fn name(&self) -> &'static str { "B" }
}
struct Post { state: Option<Box<dyn State>> }
impl Post {
    fn step(&mut self) {
        if let Some(s) = self.state.take() {
            self.state = Some(s.next())
        }
    }
}
fn main() {
    let mut p = Post { state: Some(Box::new(A { n: 2 })) };
    for _ in 0..4 {
        p.step();
        println!("now {}", p.state.as_ref().unwrap().name());
    }
    let a = Box::new(A { n: 7 });
    let s = a.next();
    println!("{}", s.name());
}

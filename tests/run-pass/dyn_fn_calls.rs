struct Loud(&'static str);
impl Drop for Loud { fn drop(&mut self) { println!("drop {}", self.0); } }
impl Loud { fn name(&self) -> &str { self.0 } }

fn returns_closure() -> Box<dyn Fn(i32) -> i32> {
    Box::new(|x| x + 1)
}
fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}
fn apply(f: &dyn Fn(i32) -> i32, v: i32) -> i32 { f(v) }
type Job = Box<dyn FnOnce() + Send + 'static>;

fn main() {
    let f = returns_closure();
    println!("{}", f(1));
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = vec![make_adder(10), make_adder(20), returns_closure()];
    for a in &adders { println!("{}", a(5)); }
    println!("{}", apply(&|x| x * 3, 7));
    let mut count = 0;
    let mut inc: Box<dyn FnMut() -> i32> = Box::new(move || { count += 1; count });
    println!("{} {}", inc(), inc());
    let l = Loud("owned");
    let job: Job = Box::new(move || { println!("running with {}", l.name()); });
    job();
    let l2 = Loud("borrowed-only");
    let peek: Job = Box::new(move || println!("peek {}", l2.name().len()));
    peek();
    let jobs: Vec<Job> = vec![Box::new(|| println!("a")), Box::new(move || { let x = Loud("moved in"); drop(x); })];
    for j in jobs { j(); }
    println!("end");
}

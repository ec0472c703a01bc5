// Generic higher-order functions: compose, curry, apply_n, returning impl Fn.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |a| g(f(a))
}

fn curry<A, B, C>(f: impl Fn(A, B) -> C + 'static) -> impl Fn(A) -> Box<dyn Fn(B) -> C>
where
    A: Copy + 'static,
    B: 'static,
    C: 'static,
{
    let f = std::rc::Rc::new(f) as std::rc::Rc<dyn Fn(A, B) -> C>;
    move |a| {
        let f = f.clone();
        Box::new(move |b| f(a, b))
    }
}

fn apply_n<T>(f: impl Fn(T) -> T, n: usize) -> impl Fn(T) -> T {
    move |mut x| {
        for _ in 0..n {
            x = f(x);
        }
        x
    }
}

fn flip<A, B, C>(f: impl Fn(A, B) -> C) -> impl Fn(B, A) -> C {
    move |b, a| f(a, b)
}

fn map_pair<T, U>(f: impl Fn(T) -> U) -> impl Fn((T, T)) -> (U, U) {
    move |(a, b)| (f(a), f(b))
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn call_twice<F: FnMut() -> u32>(mut f: F) -> (u32, u32) {
    (f(), f())
}

fn consume_once<F: FnOnce() -> String>(f: F) -> usize {
    f().len()
}

fn pipeline_of<T: 'static>(stages: Vec<fn(T) -> T>) -> impl Fn(T) -> T {
    move |x| stages.iter().fold(x, |acc, s| s(acc))
}

fn double(x: i64) -> i64 { x * 2 }
fn inc(x: i64) -> i64 { x + 1 }
fn square(x: i64) -> i64 { x * x }

fn main() {
    let len_then_double = compose(|s: &str| s.len(), |n: usize| n * 2);
    println!("len_then_double(\"hello\") = {}", len_then_double("hello"));

    let shout = compose(str::to_uppercase, |s: String| format!("{}!", s));
    let whisper = compose(|s: &str| s.to_lowercase(), |s| format!("({})", s));
    println!("{} {}", shout("hey"), whisper("QUIET"));

    let nested = compose(compose(inc, double), square);
    println!("nested(3) = {}", nested(3));

    let add = curry(|a: i32, b: i32| a + b);
    let add5 = add(5);
    println!("add5(10) = {}, add(1)(2) = {}", add5(10), add(1)(2));

    let quad = apply_n(double, 2);
    let collatz_ish = apply_n(|x: u64| if x % 2 == 0 { x / 2 } else { 3 * x + 1 }, 5);
    println!("quad(7) = {}, collatz5(27) = {}", quad(7), collatz_ish(27));

    let sub = |a: i32, b: i32| a - b;
    let rsub = flip(sub);
    println!("sub(10,3) = {}, flip(sub)(10,3) = {}", sub(10, 3), rsub(10, 3));

    let lens = map_pair(|s: &str| s.chars().count());
    println!("map_pair = {:?}", lens(("héllo", "wörld!")));

    let c = counter();
    println!("call_twice = {:?}", call_twice(c));
    let mut c2 = counter();
    c2();
    println!("call_twice(&mut) = {:?}, then {}", call_twice(&mut c2), c2());

    let owned = String::from("moved into closure");
    println!("consume_once = {}", consume_once(move || owned));

    let p = pipeline_of(vec![inc, double, square, inc]);
    let results: Vec<i64> = (0..5).map(&p).collect();
    println!("pipeline = {:?}", results);

    let fs: Vec<Box<dyn Fn(i64) -> i64>> = vec![Box::new(inc), Box::new(double), Box::new(compose(square, inc))];
    let table: Vec<Vec<i64>> = fs.iter().map(|f| (1..=3).map(|x| f(x)).collect()).collect();
    println!("table = {:?}", table);
}

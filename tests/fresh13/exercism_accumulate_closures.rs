fn map<T, U, F>(input: Vec<T>, mut function: F) -> Vec<U>
where
    F: FnMut(T) -> U,
{
    let mut out = Vec::with_capacity(input.len());
    for item in input {
        out.push(function(item));
    }
    out
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn make_adder(n: i64) -> impl Fn(i64) -> i64 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    move || {
        count += 1;
        count
    }
}

fn apply_all(x: i64, fs: &[Box<dyn Fn(i64) -> i64>]) -> Vec<i64> {
    fs.iter().map(|f| f(x)).collect()
}

fn main() {
    let squares = map(vec![1, 2, 3, 4, 5], |x: i32| x * x);
    println!("squares: {squares:?}");

    let words = map(vec!["hello", "world"], str::to_uppercase);
    println!("upper: {words:?}");

    let reversed = map(vec!["the", "quick", "brown"], |s: &str| s.chars().rev().collect::<String>());
    println!("reversed: {reversed:?}");

    let nested = map(vec!["a", "b", "c"], |x| map(vec!["1", "2", "3"], |y| format!("{x}{y}")));
    println!("nested: {nested:?}");

    let mut calls = 0;
    let tagged = map(vec!['x', 'y', 'z'], |c| {
        calls += 1;
        (calls, c)
    });
    println!("tagged: {tagged:?} after {calls} calls");

    let non_copy: Vec<String> = map(vec![String::from("ab"), String::from("cde")], |s| s + "!");
    println!("owned: {non_copy:?}");

    let add_then_double = compose(make_adder(3), |x| x * 2);
    let stringify = compose(add_then_double, |x: i64| format!("<{x}>"));
    println!("composed: {:?}", map(vec![0, 1, 10], &stringify));

    let mut counter = make_counter();
    let ids: Vec<u32> = std::iter::repeat_with(|| counter()).take(4).collect();
    println!("counter: {ids:?}");

    let pipeline: Vec<Box<dyn Fn(i64) -> i64>> = vec![
        Box::new(make_adder(-7)),
        Box::new(|x| x * x),
        Box::new(|x| x.pow(3) % 1000),
        Box::new(compose(make_adder(1), make_adder(1))),
    ];
    for x in [2, 9] {
        println!("apply_all({x}) = {:?}", apply_all(x, &pipeline));
    }
    let folded = pipeline.iter().fold(5, |acc, f| f(acc));
    println!("chained from 5 = {folded}");
}

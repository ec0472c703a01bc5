// Functions as values: each of its own zero-sized type, coerced to fn pointers (8 bytes, the
// function's address) where one is expected, called through them; passed to Fn-bounded parameters.
fn add_one(x: i32) -> i32 { x + 1 }
fn double(x: i32) -> i32 { x * 2 }

fn do_twice(f: fn(i32) -> i32, arg: i32) -> i32 {
    f(arg) + f(arg)
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }

fn main() {
    println!("{}", do_twice(add_one, 5));
    let op: fn(i32) -> i32 = if do_twice(double, 1) > 3 { double } else { add_one };
    println!("{}", op(10));
    println!("{}", apply(add_one, 41));
    println!("{} bytes, {} bytes", std::mem::size_of_val(&op), std::mem::size_of::<fn(i32) -> i32>());
    let table = [add_one, double];
    let mut total = 0;
    for i in 0..2 {
        total += table[i](3);
    }
    println!("{}", total);
}

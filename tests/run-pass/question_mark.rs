// The `?` operator on Option and Result: early return of None / Err, the value otherwise.
#[derive(Debug)]
enum MathError { DivisionByZero, Negative(i32) }

fn checked_div(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 { Err(MathError::DivisionByZero) } else { Ok(a / b) }
}

fn positive(x: i32) -> Result<i32, MathError> {
    if x < 0 { Err(MathError::Negative(x)) } else { Ok(x) }
}

fn compute(a: i32, b: i32) -> Result<i32, MathError> {
    let q = checked_div(a, b)?;
    let p = positive(q)?;
    Ok(p * 10)
}

fn first_even(xs: [Option<u8>; 3]) -> Option<u8> {
    let a = xs[0]?;
    let b = xs[1]?;
    if a % 2 == 0 { Some(a) } else { Some(b + xs[2]?) }
}

fn main() {
    println!("{:?}", compute(20, 2));
    println!("{:?}", compute(20, 0));
    println!("{:?}", compute(-20, 2));
    println!("{:?}", first_even([Some(4), None, None]));
    println!("{:?}", first_even([Some(3), Some(5), Some(1)]));
    println!("{:?}", first_even([Some(3), Some(5), None]));
    println!("{:?}", first_even([None, Some(5), Some(1)]));
}

fn identity(x: &i32) -> &i32 {
    x
}

fn apply<'a, F>(f: F, v: &'a i32) -> &'a i32
where
    F: Fn(&'a i32) -> &'a i32,
{
    f(v)
}

fn main() {
    let values = vec![3, 9, 4];
    let biggest = values.iter().max().unwrap();
    println!("{}", identity(biggest));
    println!("{}", apply(|x| x, &values[0]));
}

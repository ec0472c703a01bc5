fn main() {
    let r: Result<u32, String> = Ok(2);
    let Ok(n) = r;
    println!("{}", n);
}

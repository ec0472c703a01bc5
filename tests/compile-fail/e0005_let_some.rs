fn main() {
    let opt: Option<i32> = Some(1);
    let Some(v) = opt;
    println!("{}", v);
}

fn main() {
    let inputs = ["12", "7", "x9"];
    let mut total = 0;
    for s in inputs {
        println!("parsing {:?}", s);
        let n: i32 = unsafe { s.parse::<i32>().unwrap_unchecked() };
        total += n;
    }
    println!("total = {}", total);
}

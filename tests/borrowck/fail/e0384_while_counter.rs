fn main() {
    let limit = 5;
    let step = 1;
    let mut i = 0;
    while i < limit {
        println!("step {}", i);
        i += step;
        step = step * 2;
    }
}

fn get(a: [i32; 3], i: usize) -> i32 {
    a[i]
}

fn main() {
    let a = [10, 20, 30];
    println!("{}", get(a, 2));
    println!("{}", get(a, 5));
}

fn numbers() -> Vec<u32> {
    vec![5, 3, 8]
}

fn main() {
    let mut it = numbers().iter();
    while let Some(n) = it.next() {
        println!("{}", n);
    }
}

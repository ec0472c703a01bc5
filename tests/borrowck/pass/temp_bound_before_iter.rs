fn numbers() -> Vec<u32> {
    vec![5, 3, 8]
}

fn main() {
    let owned = numbers();
    let mut it = owned.iter();
    while let Some(n) = it.next() {
        println!("{}", n);
    }
    for n in numbers().iter() {
        print!("{} ", n * 2);
    }
    println!();
}

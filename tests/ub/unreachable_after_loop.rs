fn first_negative(values: &[i32]) -> usize {
    for (i, v) in values.iter().enumerate() {
        if *v < 0 {
            return i;
        }
    }
    unsafe { std::hint::unreachable_unchecked() }
}

fn main() {
    println!("first negative in [3, -1] at {}", first_negative(&[3, -1]));
    println!("checking [1, 2, 3]");
    let i = first_negative(&[1, 2, 3]);
    println!("at {}", i);
}

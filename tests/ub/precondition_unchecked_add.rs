fn main() {
    let mut budget: u8 = 250;
    for step in 0..10u8 {
        println!("budget = {}", budget);
        budget = unsafe { budget.unchecked_add(step) };
    }
    println!("final budget = {}", budget);
}

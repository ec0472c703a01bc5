// Budget tracker: a closure that records expenses.
fn main() {
    let mut spent: u32 = 0;
    let limit: u32 = 500;

    let mut record = |amount: u32| {
        spent += amount;
        spent <= limit
    };

    record(120);
    record(80);
    println!("spent so far: {}", spent);
    let ok = record(250);

    println!("within budget: {}", ok);
}

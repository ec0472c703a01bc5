// A closure returns a pointer into its own local array.
fn main() {
    let base = 5u32;
    let make_table = |k: u32| -> *const u32 {
        let table = [base, base * k, base * k * k, base * k * k * k];
        println!("closure built table {:?}", table);
        table.as_ptr()
    };

    println!("calling closure");
    let t = make_table(3);
    println!("closure returned");
    let mut total = 0u32;
    for i in 0..4 {
        total += unsafe { *t.add(i) };
    }
    println!("total = {}", total);
}

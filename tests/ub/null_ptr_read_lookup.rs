use std::ptr;

fn lookup(table: &[u64], idx: usize) -> *const u64 {
    if idx < table.len() { &table[idx] } else { ptr::null() }
}

fn main() {
    let table = [10u64, 20, 30];
    let a = unsafe { ptr::read(lookup(&table, 1)) };
    println!("a = {}", a);
    let b = unsafe { ptr::read(lookup(&table, 7)) };
    println!("b = {}", b);
}

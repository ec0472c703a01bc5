// How closures capture: by shared reference (reads), by mutable reference (mutation), by value (move
// or a `move` closure); their sizes are the sizes of what they capture.
use std::mem::size_of_val;

fn main() {
    let a = 1u8;
    let b = 2u64;
    let reads = || a as u64 + b;
    println!("reads = {}, size {}", reads(), size_of_val(&reads));

    let mut counter = 0;
    let mut bump = || counter += 10;
    bump();
    bump();
    println!("counter = {}", counter);

    let copied = move || a as u64 + b;
    println!("copied = {}, size {}", copied(), size_of_val(&copied));

    let text = String::from("moved in");
    let owns = move || text.len();
    println!("owns = {}, size {}", owns(), size_of_val(&owns));

    let nothing = || 42;
    println!("nothing = {}, size {}", nothing(), size_of_val(&nothing));
}

// Walking "to the next field" of a local struct through a raw field pointer.
#[repr(C)]
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let pt = Point { x: 3, y: 4 };
    let other = Point { x: -1, y: -2 };
    println!("pt = {:?}", pt);
    println!("other = {:?}", other);

    let py = &raw const pt.y;
    println!("y via raw pointer = {}", unsafe { *py });

    // Learner guesses there is a third coordinate right after `y`.
    let z = unsafe { *py.add(1) };
    println!("z (past the struct) = {}", z);
}

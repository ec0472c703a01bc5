// Tour stop 9: a helper puts 23 on the heap; its frame dies, the box lives on in main.
fn make_box() -> Box<i32> {
    let b = Box::new(23);
    b
}

fn main() {
    let boxed = make_box();
    println!("boxed = {boxed}, size of the Box itself: {} bytes", std::mem::size_of_val(&boxed));
    println!("size of the value on the heap: {} bytes", std::mem::size_of_val(&*boxed));
}

// Tour stop 20: moving a Vec<String> copies its three words and makes the old binding invalid;
// cloning it allocates a new buffer and a new heap block for every String.
fn main() {
    let names = vec![String::from("Ferris"), String::from("Corro")];
    let moved = names; // `names` can no longer be used
    let copy = moved.clone();
    println!("{:?} {:?}", moved, copy);
}

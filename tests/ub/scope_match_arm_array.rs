fn main() {
    let choice = std::env::args().count();
    let row: *const [u8; 4];
    match choice {
        0 => {
            let a = [0u8; 4];
            row = &a;
        }
        _ => {
            let b = [9u8, 8, 7, 6];
            row = &b;
        }
    }
    println!("picked a row");
    let third = unsafe { (*row)[2] };
    println!("third = {}", third);
}

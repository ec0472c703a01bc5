enum Ev { Click { x: i32, y: i32 } }
fn main() {
    let e = Ev::Click { x: 1, y: 2 };
    match e {
        Ev::Click { x, w, .. } => println!("{} {}", x, w),
    }
}

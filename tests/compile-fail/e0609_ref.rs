struct Point { x: i32, y: i32 }
fn show(p: &Point) {
    println!("{}", p.z);
}
fn main() {
    show(&Point { x: 1, y: 2 });
}

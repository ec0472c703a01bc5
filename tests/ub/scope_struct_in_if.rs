#[derive(Debug)]
struct Point {
    x: f32,
    y: f32,
}

fn main() {
    let mut target: *const Point = std::ptr::null();
    let n = 3;
    if n > 2 {
        let p = Point { x: 1.0, y: 2.0 };
        target = &p;
        println!("point = {:?}", p);
    }
    println!("after the if");
    let y = unsafe { (*target).y };
    println!("y = {}", y);
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
    z: i32,
}

fn main() {
    let a = Box::new(Point { x: 1, y: 2, z: 3 });
    let b = Box::new(Point { x: 4, y: 5, z: 6 });
    println!("a = {:?}", a);
    println!("b = {:?}", b);
    let p = &*a as *const Point as *const i32;
    println!("a.x via pointer = {}", unsafe { *p });
    println!("a.z via pointer = {}", unsafe { *p.add(2) });
    let guess = unsafe { *p.add(3) };
    println!("b.x guess = {}", guess);
}

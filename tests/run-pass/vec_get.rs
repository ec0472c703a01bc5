// Vec::get/first/last give Option<&T>; std::f64::consts.
use std::f64::consts::PI;
fn main() {
    let v = vec![10, 20, 30];
    println!("{:?} {:?} {:?} {:?}", v.get(1), v.get(7), v.first(), v.last());
    let e: Vec<u8> = Vec::new();
    println!("{:?} {:?}", e.first(), e.last());
    println!("{} {}", PI, std::f64::consts::E * 2.0);
    if let Some(x) = v.get(2) { println!("third {}", x); }
}

fn main() {
    let temps = [21.5f32, 22.0, 19.75];
    let mut p = temps.as_ptr().wrapping_add(2);
    for _ in 0..4 {
        let t = unsafe { *p };
        println!("temp = {}", t);
        p = p.wrapping_sub(1);
    }
}

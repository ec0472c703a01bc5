fn main() {
    let readings = vec![12, -3, 7, -8];
    for r in readings {
        if r < 0 {
            r = 0;
        }
        println!("reading {}", r);
    }
}

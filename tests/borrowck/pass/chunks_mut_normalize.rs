fn main() {
    let mut pixels = vec![10u32, 20, 30, 40, 50, 60, 70, 80, 90];
    for row in pixels.chunks_mut(3) {
        let max = *row.iter().max().unwrap();
        for p in row.iter_mut() {
            *p = *p * 100 / max;
        }
    }
    println!("{:?}", pixels);
}

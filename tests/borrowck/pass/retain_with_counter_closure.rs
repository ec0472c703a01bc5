fn main() {
    let mut readings = vec![5, -1, 7, -3, 9, 0];
    let mut dropped = 0;
    readings.retain(|&r| {
        if r < 0 {
            dropped += 1;
            false
        } else {
            true
        }
    });
    println!("kept {:?}, dropped {}", readings, dropped);
}

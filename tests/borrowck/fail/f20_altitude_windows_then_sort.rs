// Hiking: find the steepest climb between consecutive altitude samples.
fn main() {
    let mut altitudes: Vec<i32> = vec![300, 340, 460, 455, 610, 600, 720];

    let steepest = altitudes
        .windows(2)
        .max_by_key(|w| w[1] - w[0])
        .unwrap();

    altitudes.sort();

    println!(
        "steepest climb from {} to {} (+{} m)",
        steepest[0],
        steepest[1],
        steepest[1] - steepest[0]
    );
    println!("lowest {}, highest {}", altitudes[0], altitudes[altitudes.len() - 1]);
}

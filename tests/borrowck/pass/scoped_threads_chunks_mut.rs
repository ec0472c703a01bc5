use std::thread;

fn main() {
    let mut grid = vec![1u32; 12];
    thread::scope(|s| {
        for (i, chunk) in grid.chunks_mut(4).enumerate() {
            s.spawn(move || {
                for c in chunk.iter_mut() {
                    *c *= (i as u32) + 2;
                }
            });
        }
    });
    println!("{:?}", grid);
}

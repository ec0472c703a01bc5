use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex, RwLock};
use std::thread;

const CELLS: usize = 6;
const STEPS: usize = 8;

struct Grid {
    current: RwLock<Vec<i64>>,
    next: Mutex<Vec<i64>>,
    barrier: Barrier,
    leader_count: AtomicUsize,
}

fn diffuse(values: &[i64], i: usize) -> i64 {
    let n = values.len();
    let left = values[(i + n - 1) % n];
    let right = values[(i + 1) % n];
    let mut v = (left + 2 * values[i] + right) / 4;
    if i == 0 {
        v += 100; // heat source
    }
    v
}

fn main() {
    let mut initial = vec![0i64; CELLS];
    initial[0] = 1600;
    initial[3] = 800;
    let grid = Arc::new(Grid {
        current: RwLock::new(initial.clone()),
        next: Mutex::new(vec![0; CELLS]),
        barrier: Barrier::new(CELLS),
        leader_count: AtomicUsize::new(0),
    });

    let handles: Vec<thread::JoinHandle<(usize, Vec<i64>)>> = (0..CELLS)
        .map(|i| {
            let g = Arc::clone(&grid);
            thread::spawn(move || {
                let mut history = Vec::with_capacity(STEPS);
                for _step in 0..STEPS {
                    let new_value = {
                        let cur = g.current.read().unwrap();
                        diffuse(&cur, i)
                    };
                    g.next.lock().unwrap()[i] = new_value;
                    history.push(new_value);
                    // Phase 1: everyone has written `next`.
                    if g.barrier.wait().is_leader() {
                        let next = g.next.lock().unwrap();
                        g.current.write().unwrap().copy_from_slice(&next);
                        g.leader_count.fetch_add(1, Ordering::SeqCst);
                    }
                    // Phase 2: the swap is visible to everyone.
                    g.barrier.wait();
                }
                (i, history)
            })
        })
        .collect();

    let mut histories: Vec<(usize, Vec<i64>)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    histories.sort_by_key(|(i, _)| *i);

    // Sequential reference simulation.
    let mut reference = initial.clone();
    let mut ref_rows = Vec::new();
    for _ in 0..STEPS {
        reference = (0..CELLS).map(|i| diffuse(&reference, i)).collect();
        ref_rows.push(reference.clone());
    }

    for step in 0..STEPS {
        let row: Vec<i64> = histories.iter().map(|(_, h)| h[step]).collect();
        assert_eq!(row, ref_rows[step], "mismatch at step {}", step);
        let total: i64 = row.iter().sum();
        println!("step {}: {:?} total={}", step + 1, row, total);
    }
    let final_state = grid.current.read().unwrap().clone();
    println!("final state: {:?}", final_state);
    println!("leaders elected: {} (one per step: {})", grid.leader_count.load(Ordering::SeqCst), grid.leader_count.load(Ordering::SeqCst) == STEPS);
    let hottest = final_state.iter().enumerate().max_by_key(|&(i, v)| (*v, std::cmp::Reverse(i))).unwrap();
    println!("hottest cell: {} with {}", hottest.0, hottest.1);
    println!("matches sequential reference: {}", final_state == reference);
}

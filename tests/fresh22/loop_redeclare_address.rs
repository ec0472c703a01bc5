// Re-declaring a variable in each loop iteration and taking its address.
#[derive(Debug, Clone, Copy)]
struct Sample {
    idx: u32,
    value: i64,
}

fn double_through(p: *mut i64) {
    unsafe { *p *= 2 };
}

fn inspect(s: &Sample) -> String {
    format!("Sample#{}={}", s.idx, s.value)
}

fn main() {
    let mut results = Vec::new();
    for i in 0..8u32 {
        let mut sample = Sample { idx: i, value: (i as i64) * 3 - 5 };
        let p = &raw mut sample.value;
        double_through(p);
        unsafe { *p += 1 };
        let r: &Sample = &sample;
        println!("iter {}: {}", i, inspect(r));
        results.push(sample); // copy out the value, not the pointer
    }
    println!("results = {:?}", results);

    let mut acc = 0i64;
    let mut n = 0;
    while n < 6 {
        let local = [n as i64; 4];
        let ptr = local.as_ptr();
        let mut s = 0;
        for k in 0..local.len() {
            s += unsafe { *ptr.add(k) } * (k as i64 + 1);
        }
        acc += s;
        println!("while n={} local sum weighted = {} acc = {}", n, s, acc);
        n += 1;
    }

    // Shadowing inside a loop body: each `x` is a new variable.
    let mut summary = String::new();
    for round in 1..=4 {
        let x = round * 10;
        let rx = &x;
        let x = *rx + 1; // new variable shadows the old one
        let px = &x as *const i32;
        let y = unsafe { *px } * 2;
        summary.push_str(&format!("{}:{} ", round, y));
    }
    println!("summary = {}", summary.trim_end());

    // A String re-created every iteration, borrowed mutably then immutably.
    let mut lengths = Vec::new();
    for word in ["red", "green", "blue", "violet"] {
        let mut s = String::from(word);
        let m = &mut s;
        m.push('!');
        m.make_ascii_uppercase();
        let view: &str = &s;
        lengths.push((view.to_string(), view.len()));
    }
    println!("lengths = {:?}", lengths);

    // loop with labeled break, address of per-iteration local passed to a fn.
    let mut found = None;
    'outer: for a in 1..20u32 {
        for b in a..20u32 {
            let mut c2 = a * a + b * b;
            let pc = &mut c2 as *mut u32;
            let c = (unsafe { *pc } as f64).sqrt() as u32;
            if c * c == c2 && c > 10 {
                found = Some((a, b, c));
                break 'outer;
            }
        }
    }
    println!("first triple with c > 10: {:?}", found);
}

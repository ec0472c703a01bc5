use std::num::Wrapping;

struct Meter {
    name: &'static str,
    ticks: u8,
}

impl Drop for Meter {
    fn drop(&mut self) {
        println!("drop Meter {} at {} ticks", self.name, self.ticks);
    }
}

fn tick(m: &mut Meter, by: u8) {
    m.ticks += by; // panics on overflow in debug builds
}

fn checked_demo(values: &[u8]) {
    let mut acc: u8 = 0;
    for &v in values {
        match acc.checked_add(v) {
            Some(n) => acc = n,
            None => {
                println!("checked_add({}, {}) -> None, stopping", acc, v);
                break;
            }
        }
    }
    println!("checked acc={}", acc);
}

fn main() {
    let vals = [100u8, 90, 50, 30];
    checked_demo(&vals);

    let mut w = Wrapping(250u8);
    for _ in 0..3 {
        w += Wrapping(3);
        println!("wrapping -> {}", w);
    }
    println!("wrapping_add(200,100)={}", 200u8.wrapping_add(100));
    println!("saturating_add(200,100)={}", 200u8.saturating_add(100));
    println!("overflowing_add(200,100)={:?}", 200u8.overflowing_add(100));
    println!("i32::MIN.checked_abs()={:?}", i32::MIN.checked_abs());
    println!("(-7i32).rem_euclid(3)={} -7 % 3={}", (-7i32).rem_euclid(3), -7 % 3);
    println!("u64 as u8 truncation: {}", 0x1_23u64 as u8);
    println!("-1i8 as u8 = {}", -1i8 as u8);

    let _outer = Meter { name: "outer", ticks: 0 };
    let mut m = Meter { name: "engine", ticks: 0 };
    let steps: Vec<u8> = vals.iter().map(|v| v - v % 10).collect();
    println!("steps {:?}", steps);
    for s in &steps {
        println!("adding {} to {}", s, m.ticks);
        tick(&mut m, *s);
    }
    println!("unreachable, ticks={}", m.ticks);
}

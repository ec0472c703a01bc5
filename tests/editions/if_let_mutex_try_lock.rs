// editions: 2015 2018 2021 2024
// The MutexGuard of an `if let` scrutinee is still held in the else branch before 2024 (try_lock fails:
// a plain lock() would deadlock), and already released in 2024.
use std::sync::Mutex;

struct Registry {
    slots: Mutex<Vec<Option<String>>>,
}

impl Registry {
    fn claim(&self, idx: usize, who: &str) {
        if let Some(Some(owner)) = self.slots.lock().unwrap().get(idx).cloned() {
            println!("slot {} already owned by {}", idx, owner);
        } else {
            match self.slots.try_lock() {
                Ok(mut slots) => {
                    if idx >= slots.len() {
                        slots.resize(idx + 1, None);
                    }
                    slots[idx] = Some(who.to_string());
                    println!("slot {} claimed by {}", idx, who);
                }
                Err(_) => println!("slot {}: registry is locked, {} must retry", idx, who),
            }
        }
    }
}

fn main() {
    let reg = Registry { slots: Mutex::new(vec![None, Some("root".to_string())]) };
    reg.claim(1, "ann");
    reg.claim(0, "bob");
    reg.claim(3, "cy");
    reg.claim(0, "dee");
    println!("{:?}", reg.slots.lock().unwrap());
}

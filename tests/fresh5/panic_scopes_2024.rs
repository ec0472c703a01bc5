// Edition 2024 scoping: tail-expression temporaries and if-let temporaries; then an expect() panic.
use std::cell::RefCell;

struct Noisy(String);

impl Noisy {
    fn new(s: &str) -> Noisy {
        println!("  make {s}");
        Noisy(s.to_string())
    }
    fn get(&self) -> Option<usize> {
        if self.0.is_empty() { None } else { Some(self.0.len()) }
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn tail_temp() -> usize {
    let local = Noisy::new("local");
    // In 2024 the temporary in the tail is dropped before `local`.
    Noisy::new("tail-temp").0.len() + local.0.len()
}

fn len_of_borrow(cell: &RefCell<Vec<i32>>) -> usize {
    // 2024: the Ref temporary dies at the end of the block, so this is fine.
    cell.borrow().len()
}

fn main() {
    println!("tail expression:");
    let n = tail_temp();
    println!("  n = {n}");

    println!("if let temporary:");
    if let Some(len) = Noisy::new("scrutinee").get() {
        println!("  then-branch len {len}");
    } else {
        println!("  else-branch");
    }
    println!("if let else temporary:");
    if let Some(len) = Noisy::new("").get() {
        println!("  then-branch len {len}");
    } else {
        println!("  else-branch (temporary already dropped)");
    }

    println!("RefCell borrow in if let then borrow_mut in else:");
    let cell = RefCell::new(vec![1, 2, 3]);
    if let Some(x) = cell.borrow().iter().find(|&&x| x > 10) {
        println!("  found {x}");
    } else {
        cell.borrow_mut().push(11);
        println!("  pushed in else, len {}", len_of_borrow(&cell));
    }

    println!("match keeps scrutinee temporaries to the end of the match:");
    match Noisy::new("match-temp").get() {
        Some(l) => println!("  arm sees {l}"),
        None => println!("  none"),
    }

    println!("finally an expect on None:");
    let _keeper = Noisy::new("keeper");
    let config: Vec<(&str, u32)> = vec![("width", 80), ("height", 24)];
    let width = config.iter().find(|(k, _)| *k == "width").map(|(_, v)| *v);
    println!("  width {:?}", width);
    let depth = config.iter().find(|(k, _)| *k == "depth").map(|(_, v)| *v).expect("depth must be configured");
    println!("  unreachable {depth}");
}

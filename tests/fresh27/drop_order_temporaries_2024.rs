// Temporaries: when does a value that was never named get dropped?
// (edition 2024 rules for tail expressions and if let)
use std::cell::RefCell;

struct Tmp(&'static str);

impl Drop for Tmp {
    fn drop(&mut self) {
        println!("    drop {}", self.0);
    }
}

impl Tmp {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn get(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

fn make(name: &'static str) -> Tmp {
    println!("    make {name}");
    Tmp(name)
}

fn tail_len() -> usize {
    let _local = make("local");
    make("tail-temp").len()
}

fn main() {
    println!("let _ = drops at once:");
    let _ = make("underscore");
    println!("  after let _");

    println!("let _named keeps it:");
    let _named = make("named");
    println!("  after let _named");

    println!("temporary in an expression statement:");
    let n = make("expr").len() + make("expr2").len();
    println!("  n = {n}");

    println!("extended temporary with let x = &...:");
    let r = &make("extended");
    println!("  r = {}", r.0);

    println!("tail expression temporary (2024: before locals):");
    let t = tail_len();
    println!("  t = {t}");

    println!("if let scrutinee temporary:");
    if let Some(k) = make("iflet").get() {
        println!("  in then-branch k = {k}");
    } else {
        println!("  else");
    }
    println!("  after if let");

    println!("if let that fails:");
    if let None = make("iflet-none").get() {
        println!("  unreachable");
    } else {
        println!("  in else-branch");
    }

    println!("match scrutinee temporary lives through the match:");
    match make("match").get() {
        Some(v) => println!("  arm sees {v}"),
        None => println!("  none"),
    }
    println!("  after match");

    println!("assignment to _:");
    _ = make("assign-underscore");
    println!("  after _ =");

    println!("RefCell borrow temporaries:");
    let cell = RefCell::new(vec![1, 2, 3]);
    let len = cell.borrow().len();
    cell.borrow_mut().push(len as i32);
    println!("  can borrow mutably again: {}", cell.try_borrow_mut().is_ok());
    println!("  contents {:?}", cell.borrow());

    println!("block value:");
    let b = {
        let _inner = make("block-local");
        make("block-result")
    };
    println!("  b = {}", b.0);

    println!("function argument temporaries:");
    fn takes_ref(t: &Tmp) -> usize {
        t.len()
    }
    let z = takes_ref(&make("arg"));
    println!("  z = {z}");

    println!("end of main, remaining locals drop in reverse:");
}

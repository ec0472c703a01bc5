// Rc::make_mut clones on write; get_mut only works for unique owners; try_unwrap.
use std::rc::Rc;

#[derive(Debug, Clone)]
struct Config {
    name: String,
    values: Vec<u32>,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("  drop Config {} {:?}", self.name, self.values);
    }
}

fn main() {
    let mut a = Rc::new(Config { name: "base".into(), values: vec![1, 2] });
    println!("get_mut unique: {}", Rc::get_mut(&mut a).is_some());
    Rc::get_mut(&mut a).unwrap().values.push(3);
    println!("a = {:?}", a.values);

    let b = Rc::clone(&a);
    println!("get_mut shared: {}", Rc::get_mut(&mut a).is_some());
    println!("strong before make_mut: {}", Rc::strong_count(&a));

    println!("make_mut on shared (clones):");
    Rc::make_mut(&mut a).name = "copy".into();
    Rc::make_mut(&mut a).values.push(4);
    println!("a = {} {:?} strong={}", a.name, a.values, Rc::strong_count(&a));
    println!("b = {} {:?} strong={}", b.name, b.values, Rc::strong_count(&b));
    println!("ptr_eq now {}", Rc::ptr_eq(&a, &b));

    println!("make_mut on unique (no clone):");
    let before = Rc::as_ptr(&a);
    Rc::make_mut(&mut a).values.push(5);
    println!("same allocation: {}", before == Rc::as_ptr(&a));

    println!("try_unwrap while shared:");
    let c = Rc::clone(&b);
    let result = Rc::try_unwrap(b);
    let b = match result {
        Ok(_) => unreachable!(),
        Err(back) => {
            println!("  got Err back, strong={}", Rc::strong_count(&back));
            back
        }
    };
    drop(c);
    println!("try_unwrap unique:");
    match Rc::try_unwrap(b) {
        Ok(cfg) => println!("  unwrapped {} with {} values", cfg.name, cfg.values.len()),
        Err(_) => println!("  still shared"),
    }
    println!("after unwrapped value's scope");

    println!("into_inner:");
    let x = Rc::new(Config { name: "x".into(), values: vec![] });
    let y = Rc::clone(&x);
    println!("  first into_inner: {:?}", Rc::into_inner(x).map(|c| c.name.clone()));
    println!("  second into_inner: {:?}", Rc::into_inner(y).map(|c| c.name.clone()));

    println!("make_mut on a plain number:");
    let mut n = Rc::new(10);
    let n2 = n.clone();
    *Rc::make_mut(&mut n) += 5;
    println!("  n={} n2={} counts {} {}", n, n2, Rc::strong_count(&n), Rc::strong_count(&n2));

    println!("unwrap_or_clone:");
    let shared = Rc::new(Config { name: "uoc".into(), values: vec![9] });
    let keep = shared.clone();
    let owned: Config = Rc::unwrap_or_clone(shared);
    println!("  owned {} keep strong {}", owned.name, Rc::strong_count(&keep));
    println!("end of main");
}

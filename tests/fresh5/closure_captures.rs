// Closures capturing by reference and by move: when do captured values die?
struct Res(&'static str);

impl Drop for Res {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

fn call_once<F: FnOnce() -> usize>(f: F) -> usize {
    println!("  call_once calling");
    let r = f();
    println!("  call_once returning");
    r
}

fn call_twice<F: Fn() -> usize>(f: &F) -> usize {
    f() + f()
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut count = 0;
    let tag = Res("counter-tag");
    move || {
        count += 1;
        let _ = &tag;
        count
    }
}

fn main() {
    println!("borrowing closure:");
    let a = Res("a");
    let by_ref = || a.0.len();
    println!("  len twice = {}", call_twice(&by_ref));
    println!("  a still usable: {}", a.0);

    println!("move closure, FnOnce consuming the value:");
    let b = Res("b");
    let consume = move || {
        let inner = b;
        inner.0.len()
    };
    println!("  closure built");
    let n = call_once(consume);
    println!("  got {n}");

    println!("move closure dropped without being called:");
    {
        let c = Res("c");
        let _unused = move || c.0.len();
        println!("  leaving scope");
    }

    println!("boxed closures in a vec:");
    {
        let mut fs: Vec<Box<dyn Fn() -> String>> = Vec::new();
        for name in ["f1", "f2", "f3"] {
            let r = Res(name);
            fs.push(Box::new(move || format!("hello from {}", r.0)));
        }
        for f in &fs {
            println!("  {}", f());
        }
        println!("  size_of Box<dyn Fn> = {}", std::mem::size_of::<Box<dyn Fn() -> String>>());
        fs.remove(1);
        println!("  removed one, {} left", fs.len());
    }

    println!("counter closure:");
    {
        let mut counter = make_counter();
        let values: Vec<u32> = (0..4).map(|_| counter()).collect();
        println!("  values {:?}", values);
    }

    println!("closure sizes:");
    let x = 5u8;
    let y = 7u64;
    let nothing = || 1;
    let one_ref = || x + 1;
    let by_move = move || y + x as u64;
    println!("  empty {} ref {} move {}", std::mem::size_of_val(&nothing), std::mem::size_of_val(&one_ref), std::mem::size_of_val(&by_move));
    println!("  results {} {} {}", nothing(), one_ref(), by_move());
    println!("end of main");
}

struct Res {
    name: String,
}

impl Res {
    fn new(name: &str) -> Res {
        println!("  acquire {}", name);
        Res { name: name.to_string() }
    }
    fn len(&self) -> usize {
        self.name.len()
    }
}

impl Drop for Res {
    fn drop(&mut self) {
        println!("  release {}", self.name);
    }
}

fn consume(r: Res) -> usize {
    println!("  consume got {}", r.name);
    r.len()
}

fn pass_through(r: Res) -> Res {
    println!("  pass_through {}", r.name);
    r
}

fn make_pair() -> (Res, Res) {
    (Res::new("pair-left"), Res::new("pair-right"))
}

fn main() {
    println!("1. temporary in expression statement");
    let n = Res::new("temp").len();
    println!("   len was {}", n);

    println!("2. temporaries live until end of full statement");
    let total = Res::new("t1").len() + Res::new("t2").len();
    println!("   total {}", total);

    println!("3. move into function");
    let a = Res::new("arg");
    let used = consume(a);
    println!("   consume returned {}", used);

    println!("4. move in and back out");
    let b = pass_through(Res::new("round-trip"));
    println!("   still have {}", b.name);

    println!("5. explicit drop");
    let c = Res::new("early");
    drop(c);
    println!("   after drop(c)");

    println!("6. scope block");
    {
        let _d = Res::new("scoped");
        println!("   inside block");
    }
    println!("   after block");

    println!("7. partial use of tuple");
    let (left, _) = make_pair();
    println!("   kept {}", left.name);

    println!("8. conditional move");
    let e = Res::new("maybe");
    let keep = n % 2 == 0;
    if !keep {
        consume(e);
    } else {
        println!("   not moved; will drop at end of main");
    }

    println!("9. Option::take moves out of a field");
    let mut holder: Option<Res> = Some(Res::new("held"));
    if let Some(r) = holder.take() {
        println!("   took {}; holder is_none={}", r.name, holder.is_none());
    }
    println!("   after if-let");

    println!("10. vector of values, one moved out by remove");
    let mut v = vec![Res::new("v0"), Res::new("v1"), Res::new("v2")];
    let mid = v.remove(1);
    println!("   removed {}", mid.name);
    drop(v);
    println!("   vec dropped, mid still alive: {}", mid.name);

    println!("end of main; remaining locals drop in reverse order");
}

struct Tracer {
    name: String,
}

impl Tracer {
    fn new(name: &str) -> Tracer {
        println!("  create {}", name);
        Tracer { name: name.to_string() }
    }
    fn len(&self) -> usize {
        self.name.len()
    }
}

impl Drop for Tracer {
    fn drop(&mut self) {
        println!("  drop {}", self.name);
    }
}

fn consume(t: Tracer) -> usize {
    println!("  consume got {}", t.name);
    t.len()
}

fn pass_through(t: Tracer) -> Tracer {
    println!("  pass_through {}", t.name);
    t
}

fn main() {
    println!("temporary in expression statement:");
    let n = Tracer::new("temp1").len() + Tracer::new("temp2").len();
    println!("  sum of lengths = {}", n);

    println!("let _ drops immediately, let _x keeps:");
    let _ = Tracer::new("underscore");
    let _kept = Tracer::new("kept");
    println!("  after both lets");

    println!("reference to temporary is extended:");
    let extended = &Tracer::new("extended");
    println!("  still alive: {}", extended.name);

    println!("shadowing does not drop the old value:");
    let x = Tracer::new("x-first");
    println!("  x is {}", x.name);
    let x = Tracer::new("x-second");
    println!("  x is now {}", x.name);

    println!("explicit mem::drop:");
    let early = Tracer::new("early");
    std::mem::drop(early);
    println!("  after drop(early)");

    println!("moved into a function:");
    let moved = Tracer::new("moved");
    let got = consume(moved);
    println!("  consume returned {}", got);

    println!("moved through a function and back:");
    let back = pass_through(Tracer::new("roundtrip"));
    println!("  got back {}", back.name);

    println!("match on temporary keeps it to the end of the match:");
    match Tracer::new("scrutinee").len() {
        9 => println!("  length nine"),
        other => println!("  length {}", other),
    }
    println!("  after match");

    println!("block tail expression (edition 2024):");
    let tail_len = {
        let _inner = Tracer::new("block-local");
        Tracer::new("tail-temp").len()
    };
    println!("  tail_len = {}", tail_len);

    println!("conditional move:");
    let maybe = Tracer::new("maybe-moved");
    let flag = tail_len > 100;
    if flag {
        consume(maybe);
    } else {
        println!("  not moved, flag={}", flag);
    }

    println!("loop body values drop each iteration:");
    for i in 0..3 {
        let t = Tracer::new(&format!("loop{}", i));
        println!("  iteration {} len {}", i, t.len());
    }

    println!("vector of temporaries collected:");
    let names: Vec<usize> = ["p", "qq"].iter().map(|s| Tracer::new(s).len()).collect();
    println!("  lengths {:?}", names);

    println!("end of main, remaining locals drop in reverse:");
}

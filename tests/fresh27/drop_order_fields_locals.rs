// Drop order: locals in reverse, struct fields in declaration order,
// shadowing does not drop, moves transfer the duty to drop.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("  drop Pair({}, {}) -- before its fields", self.left.0, self.right.0);
    }
}

struct Plain {
    first: Noisy,
    second: Noisy,
    third: Noisy,
}

fn consume(n: Noisy) {
    println!("  consume got {}", n.0);
}

fn pass_through(n: Noisy) -> Noisy {
    println!("  pass_through {}", n.0);
    n
}

fn two_params(_a: Noisy, _b: Noisy) {
    println!("  inside two_params");
}

fn main() {
    println!("1. locals drop in reverse order of declaration");
    {
        let _a = Noisy("a");
        let _b = Noisy("b");
        let _c = Noisy("c");
    }

    println!("2. struct fields drop in declaration order, after Drop::drop");
    {
        let _p = Pair { left: Noisy("L"), right: Noisy("R") };
        let _q = Plain { first: Noisy("f1"), second: Noisy("f2"), third: Noisy("f3") };
    }

    println!("3. shadowing keeps the old value alive until scope end");
    {
        let x = Noisy("x-old");
        let x = Noisy("x-new");
        println!("  shadowed, now x = {}", x.0);
    }

    println!("4. moving into a function drops it there");
    {
        let m = Noisy("moved");
        let _k = Noisy("kept");
        consume(m);
        println!("  back in main");
    }

    println!("5. returned values live on");
    {
        let r = pass_through(Noisy("returned"));
        println!("  holding {}", r.0);
    }

    println!("6. parameters");
    two_params(Noisy("p1"), Noisy("p2"));

    println!("7. tuples and arrays drop element by element");
    {
        let _t = (Noisy("t0"), Noisy("t1"));
        let _arr = [Noisy("a0"), Noisy("a1"), Noisy("a2")];
    }

    println!("8. partial move out of a struct");
    {
        let p = Plain { first: Noisy("pm1"), second: Noisy("pm2"), third: Noisy("pm3") };
        let taken = p.second;
        println!("  took {}", taken.0);
        drop(taken);
        println!("  end of block");
    }

    println!("9. reassignment drops the old value immediately");
    {
        let mut v = Noisy("v1");
        println!("  assigning");
        v = Noisy("v2");
        println!("  assigned, v = {}", v.0);
    }

    println!("10. drop() early and conditional moves");
    {
        let e = Noisy("early");
        let maybe = Noisy("maybe");
        drop(e);
        if 3 > 5 {
            consume(maybe);
        }
        println!("  end of block (maybe still owned)");
    }

    println!("11. Option assignment");
    {
        let mut slot: Option<Noisy> = Some(Noisy("slot1"));
        slot = None;
        println!("  slot is none: {}", slot.is_none());
        slot = Some(Noisy("slot2"));
        let inner = slot.take();
        println!("  took {:?}", inner.as_ref().map(|n| n.0));
    }
    println!("done");
}

// In which order do fields, tuple elements and Vec elements get dropped?
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

struct Parent {
    name: Noisy,
    kids: Vec<Noisy>,
    pair: Pair,
}

impl Drop for Parent {
    fn drop(&mut self) {
        println!("  Parent::drop runs first ({} kids)", self.kids.len());
    }
}

enum Slot {
    Empty,
    One(Noisy),
    Two(Noisy, Noisy),
}

fn main() {
    println!("struct with two fields:");
    {
        let _p = Pair { second: Noisy("p.second"), first: Noisy("p.first") };
    }
    println!("tuple:");
    {
        let _t = (Noisy("t.0"), Noisy("t.1"), Noisy("t.2"));
    }
    println!("array:");
    {
        let _a = [Noisy("a[0]"), Noisy("a[1]"), Noisy("a[2]")];
    }
    println!("vec:");
    {
        let mut v = Vec::new();
        for name in ["v0", "v1", "v2", "v3"] {
            v.push(Noisy(name));
        }
        println!("  vec len {} cap {}", v.len(), v.capacity());
    }
    println!("locals (reverse declaration order):");
    {
        let _x = Noisy("x");
        let _y = Noisy("y");
        let _z = Noisy("z");
    }
    println!("nested parent:");
    {
        let _parent = Parent {
            name: Noisy("parent.name"),
            kids: vec![Noisy("kid1"), Noisy("kid2")],
            pair: Pair { first: Noisy("pair.first"), second: Noisy("pair.second") },
        };
    }
    println!("enum variants:");
    {
        let slots = vec![Slot::Two(Noisy("two.a"), Noisy("two.b")), Slot::Empty, Slot::One(Noisy("one"))];
        let described: Vec<&str> = slots
            .iter()
            .map(|s| match s {
                Slot::Empty => "empty",
                Slot::One(_) => "one",
                Slot::Two(..) => "two",
            })
            .collect();
        println!("  slots: {}", described.join(","));
    }
    println!("partial move out of a struct:");
    {
        let p = Pair { first: Noisy("pm.first"), second: Noisy("pm.second") };
        let Pair { first, .. } = p;
        println!("  took {}", first.0);
        drop(first);
        println!("  end of block");
    }
    println!("Option<Box<Noisy>>:");
    {
        let a: Option<Box<Noisy>> = Some(Box::new(Noisy("boxed")));
        let b: Option<Box<Noisy>> = None;
        println!("  a is_some={} b is_some={}", a.is_some(), b.is_some());
    }
    println!("done");
}

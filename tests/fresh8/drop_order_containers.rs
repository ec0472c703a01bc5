struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Outer {
    first: Noisy,
    second: Noisy,
    inner: Inner,
}

struct Inner {
    x: Noisy,
    y: Noisy,
}

impl Drop for Outer {
    fn drop(&mut self) {
        println!("  drop Outer (fields still alive: {}, {})", self.first.0, self.second.0);
    }
}

enum Holder {
    One(Noisy),
    Two(Noisy, Noisy),
}

impl Holder {
    fn names(&self) -> String {
        match self {
            Holder::One(a) => a.0.to_string(),
            Holder::Two(a, b) => format!("{}+{}", a.0, b.0),
        }
    }
}

fn main() {
    println!("1. locals drop in reverse declaration order");
    {
        let _a = Noisy("local a");
        let _b = Noisy("local b");
        let _c = Noisy("local c");
        println!("  end of scope");
    }

    println!("2. struct: Drop::drop first, then fields in declaration order");
    {
        let _o = Outer {
            first: Noisy("field first"),
            second: Noisy("field second"),
            inner: Inner { x: Noisy("inner x"), y: Noisy("inner y") },
        };
        println!("  inner holds {} and {}", _o.inner.x.0, _o.inner.y.0);
        println!("  end of scope");
    }

    println!("3. tuple elements drop in order");
    {
        let _t = (Noisy("tuple 0"), Noisy("tuple 1"), Noisy("tuple 2"));
        println!("  end of scope");
    }

    println!("4. Vec elements drop front to back");
    {
        let mut v = vec![Noisy("vec 0"), Noisy("vec 1"), Noisy("vec 2")];
        v.push(Noisy("vec 3"));
        println!("  len={} cap={}", v.len(), v.capacity());
        println!("  popping last:");
        let popped = v.pop();
        println!("  popped is_some={}", popped.is_some());
        drop(popped);
        println!("  removing index 0:");
        v.remove(0);
        println!("  truncate(1):");
        v.truncate(1);
        println!("  end of scope, len={}", v.len());
    }

    println!("5. arrays drop in index order");
    {
        let _arr = [Noisy("arr 0"), Noisy("arr 1")];
        println!("  end of scope");
    }

    println!("6. enum payloads");
    {
        let _h1 = Holder::Two(Noisy("two.0"), Noisy("two.1"));
        let _h2 = Holder::One(Noisy("one.0"));
        println!("  h1={} h2={}", _h1.names(), _h2.names());
        println!("  end of scope");
    }

    println!("7. Box and Option");
    {
        let _boxed = Box::new(Noisy("boxed"));
        let mut opt = Some(Noisy("in option"));
        println!("  option holds {:?}", opt.as_ref().map(|n| n.0));
        println!("  setting option to None:");
        opt = None;
        println!("  option is_none={}", opt.is_none());
        let _nested = Box::new((Noisy("box tuple a"), Box::new(Noisy("box tuple inner"))));
        println!("  end of scope");
    }

    println!("8. reassignment drops the old value first");
    {
        let mut slot = Noisy("old value");
        println!("  slot holds {}", slot.0);
        println!("  assigning new value:");
        slot = Noisy("new value");
        println!("  slot holds {}", slot.0);
    }

    println!("done");
}

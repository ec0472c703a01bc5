struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: D,
    second: D,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair (before its fields: {} , {})", self.first.0, self.second.0);
    }
}

struct Outer {
    inner: Pair,
    tag: D,
    list: Vec<D>,
}

enum Slot {
    Empty,
    Full(D, D),
}

fn main() {
    println!("== struct fields: declaration order ==");
    {
        let _p = Pair { second: D("p.second"), first: D("p.first") };
        println!("(initialised second first, but drop follows declaration)");
    }

    println!("== nested struct ==");
    {
        let _o = Outer {
            inner: Pair { first: D("o.inner.first"), second: D("o.inner.second") },
            tag: D("o.tag"),
            list: vec![D("o.list[0]"), D("o.list[1]")],
        };
    }

    println!("== tuple and array ==");
    {
        let _t = (D("t.0"), D("t.1"), D("t.2"));
        let _a = [D("a[0]"), D("a[1]")];
    }

    println!("== locals: reverse declaration order ==");
    {
        let _x = D("x");
        let _y = D("y");
        let _z = D("z");
    }

    println!("== shadowing does not drop early ==");
    {
        let s = D("shadow-1");
        let s = D("shadow-2");
        println!("current s = {}", s.0);
        let s = 5;
        println!("now s = {} (both D values still alive)", s);
    }

    println!("== underscore binding vs _name ==");
    {
        let _ = D("wildcard (dropped immediately)");
        let _kept = D("_kept (dropped at scope end)");
        println!("end of block");
    }

    println!("== enum payload ==");
    {
        let mut slot = Slot::Full(D("slot.a"), D("slot.b"));
        println!("overwrite slot with Empty");
        slot = Slot::Empty;
        if let Slot::Empty = slot {
            println!("slot is empty now");
        }
    }

    println!("== reassignment drops old value ==");
    let mut cur = D("v1");
    cur = D("v2");
    println!("cur = {}", cur.0);
    let boxed: Box<D> = Box::new(D("boxed"));
    let moved_vec = vec![D("vec-a"), D("vec-b"), D("vec-c")];
    println!("end of main");
    let _keep = (boxed, moved_vec);
}

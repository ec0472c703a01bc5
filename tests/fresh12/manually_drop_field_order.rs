use std::mem::{self, ManuallyDrop};

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("    drop {}", self.0);
    }
}

// Fields normally drop in declaration order.
struct Natural {
    first: Loud,
    second: Loud,
    third: Loud,
}

// With ManuallyDrop we can force "second" to go before "first".
struct Controlled {
    first: ManuallyDrop<Loud>,
    second: ManuallyDrop<Loud>,
    third: Loud,
}

impl Drop for Controlled {
    fn drop(&mut self) {
        println!("    Controlled::drop begins");
        unsafe {
            ManuallyDrop::drop(&mut self.second);
            ManuallyDrop::drop(&mut self.first);
        }
        println!("    Controlled::drop ends (third drops automatically after)");
    }
}

struct Wrapper {
    inner: ManuallyDrop<Vec<Loud>>,
}

impl Wrapper {
    fn into_inner(self) -> Vec<Loud> {
        // Prevent Wrapper::drop from running, then move the field out.
        let mut this = ManuallyDrop::new(self);
        unsafe { ManuallyDrop::take(&mut this.inner) }
    }
}

impl Drop for Wrapper {
    fn drop(&mut self) {
        println!("    Wrapper::drop releasing {} items", self.inner.len());
        unsafe { ManuallyDrop::drop(&mut self.inner) };
    }
}

fn main() {
    println!("natural order:");
    {
        let _n = Natural { first: Loud("n1"), second: Loud("n2"), third: Loud("n3") };
    }
    println!("controlled order:");
    {
        let _c = Controlled {
            first: ManuallyDrop::new(Loud("c1")),
            second: ManuallyDrop::new(Loud("c2")),
            third: Loud("c3"),
        };
    }
    println!("tuple and array order:");
    {
        let _t = (Loud("t0"), Loud("t1"));
        let _a = [Loud("a0"), Loud("a1"), Loud("a2")];
    }
    println!("forget leaks without dropping:");
    {
        let v = Loud("forgotten");
        mem::forget(v);
        let md = ManuallyDrop::new(Loud("md-never"));
        println!("    md label via Deref: {}", md.0);
        let inner = ManuallyDrop::into_inner(ManuallyDrop::new(Loud("md-unwrapped")));
        println!("    unwrapped {}", inner.0);
    }
    println!("wrapper dropped normally:");
    {
        let _w = Wrapper { inner: ManuallyDrop::new(vec![Loud("w0"), Loud("w1")]) };
    }
    println!("wrapper into_inner:");
    {
        let w = Wrapper { inner: ManuallyDrop::new(vec![Loud("x0"), Loud("x1")]) };
        let v = w.into_inner();
        println!("    got vec of {}", v.len());
    }
    println!("temporaries drop at end of statement:");
    let len = Loud("temp").0.len();
    println!("    len was {}", len);
    println!("size_of ManuallyDrop<Loud> == size_of Loud: {}", mem::size_of::<ManuallyDrop<Loud>>() == mem::size_of::<Loud>());
}

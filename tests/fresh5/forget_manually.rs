// mem::drop vs mem::forget vs ManuallyDrop.
use std::mem::{self, ManuallyDrop};
use std::cell::Cell;

thread_local! {
    static DROPS: Cell<u32> = Cell::new(0);
}

struct Tracked(&'static str);

impl Drop for Tracked {
    fn drop(&mut self) {
        DROPS.with(|d| d.set(d.get() + 1));
        println!("  drop {}", self.0);
    }
}

fn drops() -> u32 {
    DROPS.with(|d| d.get())
}

struct Holder {
    first: ManuallyDrop<Tracked>,
    second: Tracked,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!("  Holder::drop releasing first explicitly");
        unsafe { ManuallyDrop::drop(&mut self.first) };
    }
}

fn main() {
    println!("mem::drop:");
    let a = Tracked("a");
    mem::drop(a);
    println!("  drops so far {}", drops());

    println!("mem::forget:");
    let b = Tracked("b");
    mem::forget(b);
    println!("  drops so far {} (b was forgotten)", drops());

    println!("forget a Vec<Tracked> (leaks all elements):");
    let v = vec![Tracked("v1"), Tracked("v2")];
    mem::forget(v);
    println!("  drops so far {}", drops());

    println!("ManuallyDrop never drops by itself:");
    {
        let _m = ManuallyDrop::new(Tracked("m"));
        println!("  size_of ManuallyDrop<Tracked> = {}", mem::size_of::<ManuallyDrop<Tracked>>());
    }
    println!("  drops so far {}", drops());

    println!("ManuallyDrop::drop explicitly:");
    let mut md = ManuallyDrop::new(Tracked("md"));
    println!("  deref gives {}", md.0);
    unsafe { ManuallyDrop::drop(&mut md) };
    println!("  drops so far {}", drops());

    println!("ManuallyDrop::into_inner restores normal dropping:");
    {
        let wrapped = ManuallyDrop::new(Tracked("inner"));
        let _plain: Tracked = ManuallyDrop::into_inner(wrapped);
        println!("  leaving scope");
    }

    println!("Holder with a ManuallyDrop field:");
    {
        let _h = Holder { first: ManuallyDrop::new(Tracked("h.first")), second: Tracked("h.second") };
    }
    println!("  drops so far {}", drops());

    println!("ManuallyDrop::take:");
    let mut slot = ManuallyDrop::new(Tracked("slot"));
    let owned = unsafe { ManuallyDrop::take(&mut slot) };
    println!("  owned {}", owned.0);
    drop(owned);

    println!("Box::leak-like forget of a String:");
    let s = String::from("forgotten string");
    let len = s.len();
    mem::forget(s);
    println!("  len was {len}");

    println!("needs_drop:");
    println!("  Tracked {} u32 {} String {} ManuallyDrop<Tracked> {} [u8;4] {}",
        mem::needs_drop::<Tracked>(), mem::needs_drop::<u32>(), mem::needs_drop::<String>(),
        mem::needs_drop::<ManuallyDrop<Tracked>>(), mem::needs_drop::<[u8; 4]>());
    let last = Tracked("last");
    println!("  total drops before end {}", drops());
    let _ = &last;
}

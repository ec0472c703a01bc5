// A registry that owns objects through raw pointers from Box::into_raw.
// Objects are found by identity (ptr::eq) and freed exactly once with Box::from_raw.
use std::cell::Cell;
use std::ptr;

thread_local! {
    static DROPS: Cell<u32> = Cell::new(0);
}

struct Widget {
    label: String,
    clicks: u32,
}

impl Drop for Widget {
    fn drop(&mut self) {
        DROPS.with(|d| d.set(d.get() + 1));
    }
}

struct Registry {
    items: Vec<*mut Widget>,
}

impl Registry {
    fn add(&mut self, label: &str) -> *mut Widget {
        let p = Box::into_raw(Box::new(Widget { label: label.to_string(), clicks: 0 }));
        self.items.push(p);
        p
    }

    fn click(&self, w: *mut Widget, times: u32) {
        assert!(self.items.iter().any(|&p| ptr::eq(p, w)), "unknown widget");
        unsafe { (*w).clicks += times };
    }

    /// removes and returns the widget so the caller owns it again
    fn take(&mut self, w: *mut Widget) -> Option<Box<Widget>> {
        let pos = self.items.iter().position(|&p| ptr::eq(p, w))?;
        let p = self.items.swap_remove(pos);
        Some(unsafe { Box::from_raw(p) })
    }

    fn summary(&self) -> Vec<String> {
        let mut v: Vec<String> = self.items.iter()
            .map(|&p| unsafe { format!("{}={}", (*p).label, (*p).clicks) })
            .collect();
        v.sort();
        v
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        for p in self.items.drain(..) {
            drop(unsafe { Box::from_raw(p) });
        }
    }
}

fn drops() -> u32 {
    DROPS.with(|d| d.get())
}

fn main() {
    let mut reg = Registry { items: Vec::new() };
    let ok = reg.add("ok");
    let cancel = reg.add("cancel");
    let help = reg.add("help");
    reg.click(ok, 3);
    reg.click(help, 1);
    reg.click(ok, 2);
    println!("summary: {:?}", reg.summary());
    println!("ok is cancel? {}  ok is ok? {}", ptr::eq(ok, cancel), ptr::eq(ok, ok));
    println!("Box::into_raw gives aligned pointers: {}", [ok, cancel, help].iter().all(|p| p.is_aligned()));

    let taken = reg.take(cancel).expect("cancel was registered");
    println!("took back '{}' with {} clicks", taken.label, taken.clicks);
    println!("drops so far: {}", drops());
    drop(taken);
    println!("drops after dropping taken: {}", drops());
    // taking the same pointer again must fail, it is no longer registered
    println!("second take finds it: {}", reg.take(cancel).is_some());

    // leak one widget on purpose and reclaim it later
    let leaked: &'static mut Widget = Box::leak(Box::new(Widget { label: "tmp".into(), clicks: 9 }));
    leaked.clicks += 1;
    let raw = leaked as *mut Widget;
    reg.items.push(raw);
    println!("summary: {:?}", reg.summary());
    println!("registry size: {}", reg.items.len());
    drop(reg);
    println!("drops at end: {}", drops());
}

// Arc behaves like Rc but is thread-safe; counts across scoped threads (joined, deterministic).
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::thread;

struct Ledger {
    entries: Mutex<Vec<u32>>,
}

impl Drop for Ledger {
    fn drop(&mut self) {
        let n = self.entries.lock().map(|v| v.len()).unwrap_or(0);
        println!("  drop Ledger with {n} entries");
    }
}

fn main() {
    let ledger = Arc::new(Ledger { entries: Mutex::new(Vec::new()) });
    println!("strong={} weak={}", Arc::strong_count(&ledger), Arc::weak_count(&ledger));

    let handles: Vec<_> = (1..=4)
        .map(|i| {
            let l = Arc::clone(&ledger);
            thread::spawn(move || {
                l.entries.lock().unwrap().push(i * 100);
                i
            })
        })
        .collect();
    let mut ids: Vec<u32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    ids.sort();
    println!("threads finished: {:?}", ids);
    println!("strong after joins = {}", Arc::strong_count(&ledger));
    {
        let mut entries = ledger.entries.lock().unwrap();
        entries.sort();
        println!("entries {:?}", *entries);
    }

    let weak: Weak<Ledger> = Arc::downgrade(&ledger);
    println!("weak count {}", Arc::weak_count(&ledger));

    let copy = Arc::clone(&ledger);
    println!("ptr_eq {}", Arc::ptr_eq(&copy, &ledger));
    let mut ledger = ledger;
    println!("get_mut while shared: {}", Arc::get_mut(&mut ledger).is_some());
    drop(copy);
    println!("get_mut when unique-but-weak: {}", Arc::get_mut(&mut ledger).is_some());

    println!("make_mut on Arc<Vec<i32>>:");
    let mut v = Arc::new(vec![1, 2, 3]);
    let v2 = Arc::clone(&v);
    Arc::make_mut(&mut v).push(4);
    println!("  v={:?} v2={:?} ptr_eq={}", v, v2, Arc::ptr_eq(&v, &v2));

    println!("try_unwrap:");
    let shared = Arc::new(String::from("payload"));
    let extra = Arc::clone(&shared);
    let back = Arc::try_unwrap(shared).unwrap_err();
    println!("  err, strong {}", Arc::strong_count(&back));
    drop(extra);
    let inner: String = Arc::try_unwrap(back).unwrap();
    println!("  unwrapped {inner:?} cap {}", inner.capacity());

    println!("RwLock inside Arc:");
    let table = Arc::new(RwLock::new(vec![String::from("a")]));
    thread::scope(|s| {
        for name in ["b", "c"] {
            let t = &table;
            s.spawn(move || t.write().unwrap().push(name.to_string()));
        }
    });
    let mut names = table.read().unwrap().clone();
    names.sort();
    println!("  names {:?} readers ok: {}", names, table.try_read().is_ok());

    println!("sizes: Arc<u8>={} Arc<[u8]>={} Mutex<()>={} Option<Arc<u8>>={}",
        std::mem::size_of::<Arc<u8>>(), std::mem::size_of::<Arc<[u8]>>(),
        std::mem::size_of::<Mutex<()>>(), std::mem::size_of::<Option<Arc<u8>>>());

    println!("dropping last strong:");
    drop(ledger);
    println!("weak upgrade is_none {}", weak.upgrade().is_none());
    println!("end");
}

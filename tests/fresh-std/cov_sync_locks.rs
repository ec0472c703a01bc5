// A config store guarded by RwLock, lazily initialised with OnceLock, and scoped worker threads.
use std::sync::{Mutex, OnceLock, RwLock};
use std::thread;

static GREETING: OnceLock<String> = OnceLock::new();

fn main() {
    let lock = RwLock::new(vec![1, 2, 3]);
    {
        let r1 = lock.read().unwrap();
        let r2 = lock.try_read().unwrap();
        println!("readers: {:?} {:?} try_write blocked={}", *r1, *r2, lock.try_write().is_err());
    }
    lock.write().unwrap().push(4);
    if let Ok(mut w) = lock.try_write() {
        w.push(5);
    }
    println!("after writes: {:?} poisoned={}", *lock.read().unwrap(), lock.is_poisoned());
    let poisoned = RwLock::new(0);
    let _ = thread::scope(|s| {
        s.spawn(|| {
            let _w = poisoned.write().unwrap();
            panic!("writer died");
        }).join()
    });
    println!("poisoned={} read err={}", poisoned.is_poisoned(), poisoned.read().is_err());
    poisoned.clear_poison();
    println!("cleared={}", poisoned.is_poisoned());
    let mut owned = RwLock::new(String::from("x"));
    owned.get_mut().unwrap().push('y');
    println!("get_mut/into_inner={}", owned.into_inner().unwrap());

    println!("once before={:?}", GREETING.get());
    let g = GREETING.get_or_init(|| "hello".to_string());
    println!("get_or_init={g} set again={:?} wait={}", GREETING.set("bye".into()), GREETING.wait());
    let mut local: OnceLock<Vec<u8>> = OnceLock::new();
    println!("set={:?}", local.set(vec![1]));
    if let Some(v) = local.get_mut() {
        v.push(2);
    }
    println!("get_mut={:?}", local.get());
    let taken = local.take();
    println!("take={:?} into_inner={:?}", taken, OnceLock::from(3).into_inner());

    let total = Mutex::new(0);
    thread::scope(|s| {
        let handles: Vec<_> = (1..=3).map(|i| {
            let total = &total;
            s.spawn(move || {
                *total.lock().unwrap() += i;
                i * i
            })
        }).collect();
        for h in handles {
            let name = h.thread().name().map(|n| n.to_string());
            let _finished = h.is_finished();
            println!("scoped result={} name={:?}", h.join().unwrap(), name);
        }
    });
    println!("total={}", total.into_inner().unwrap());
    let m = Mutex::new(1);
    let _a = m.try_lock().unwrap();
    println!("{}", m.try_lock().is_err());
    let bad: Option<u32> = None;
    bad.unwrap();
}

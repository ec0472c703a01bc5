use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, RwLock, RwLockWriteGuard};
use std::thread;
use std::time::Duration;

fn main() {
    // a settings table read by many, written by one
    let settings = Arc::new(RwLock::new(vec![("depth", 3), ("width", 8)]));
    {
        let r1 = settings.read().unwrap();
        let r2 = settings.read().unwrap();
        println!("two readers: {} {}", r1.len(), r2[0].1);
        println!("try_write while read: {}", settings.try_write().is_err());
    }
    {
        let mut w = settings.write().unwrap();
        w.push(("height", 2));
        println!("try_read while written: {}", settings.try_read().is_err());
    }
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let s = Arc::clone(&settings);
            thread::spawn(move || s.read().unwrap().iter().map(|(_, v)| v * i).sum::<i32>())
        })
        .collect();
    let sums: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("sums {:?}", sums);
    let w = settings.write().unwrap();
    let r = RwLockWriteGuard::downgrade(w);
    println!("downgraded {:?} {:?}", *r, settings.try_read().map(|g| g.len()));
    drop(r);
    println!("{:?}", settings);

    // a producer/consumer queue with a condition variable
    let queue = Arc::new((Mutex::new(VecDeque::new()), Condvar::new()));
    let consumer = {
        let queue = Arc::clone(&queue);
        thread::spawn(move || {
            let (lock, cvar) = &*queue;
            let mut got = Vec::new();
            loop {
                let mut q = cvar.wait_while(lock.lock().unwrap(), |q| q.is_empty()).unwrap();
                let item = q.pop_front().unwrap();
                if item < 0 {
                    break;
                }
                got.push(item);
            }
            got
        })
    };
    for item in [5, 10, 15, -1] {
        let (lock, cvar) = &*queue;
        lock.lock().unwrap().push_back(item);
        cvar.notify_one();
        thread::sleep(Duration::from_millis(1));
    }
    println!("consumed {:?}", consumer.join().unwrap());

    // waiting with a timeout
    let pair = Arc::new((Mutex::new(false), Condvar::new()));
    let (lock, cvar) = &*pair;
    let (guard, res) = cvar.wait_timeout(lock.lock().unwrap(), Duration::from_millis(20)).unwrap();
    println!("timed out {} flag {}", res.timed_out(), *guard);
    drop(guard);
    let setter = {
        let pair = Arc::clone(&pair);
        thread::spawn(move || {
            thread::sleep(Duration::from_millis(5));
            *pair.0.lock().unwrap() = true;
            pair.1.notify_all();
        })
    };
    let (guard, res) = cvar.wait_timeout_while(lock.lock().unwrap(), Duration::from_secs(5), |done| !*done).unwrap();
    println!("timed out {} flag {}", res.timed_out(), *guard);
    drop(guard);
    setter.join().unwrap();
    println!("{:?} {:?}", Condvar::new(), std::mem::size_of::<RwLock<u8>>());
}

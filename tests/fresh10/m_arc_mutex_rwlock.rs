use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

#[derive(Debug)]
struct Inventory {
    stock: BTreeMap<String, u32>,
    orders: u32,
}

fn main() {
    println!("-- Arc<Mutex<T>> counter --");
    let counter = Arc::new(Mutex::new(0u64));
    let mut handles = vec![];
    for i in 0..4 {
        let c = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..1000 {
                *c.lock().unwrap() += 1;
            }
            i
        }));
    }
    println!("strong_count while threads run (>=1): {}", Arc::strong_count(&counter) >= 1);
    let ids: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("joined workers {:?}", ids);
    println!("strong_count after join: {}", Arc::strong_count(&counter));
    let final_value = Arc::try_unwrap(counter).expect("still shared").into_inner().unwrap();
    println!("counter via try_unwrap + into_inner = {}", final_value);

    println!("-- Mutex around a struct --");
    let inv = Arc::new(Mutex::new(Inventory { stock: BTreeMap::new(), orders: 0 }));
    {
        let mut g = inv.lock().unwrap();
        g.stock.insert("apple".into(), 50);
        g.stock.insert("pear".into(), 30);
    }
    let buyers: Vec<(&str, u32)> = vec![("apple", 5), ("pear", 7), ("apple", 10), ("pear", 3)];
    let hs: Vec<_> = buyers
        .into_iter()
        .map(|(item, qty)| {
            let inv = Arc::clone(&inv);
            thread::spawn(move || {
                let mut g = inv.lock().unwrap();
                if let Some(s) = g.stock.get_mut(item) {
                    *s -= qty;
                }
                g.orders += 1;
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    let snapshot = inv.lock().unwrap();
    println!("stock {:?} after {} orders", snapshot.stock, snapshot.orders);
    drop(snapshot);
    let shared_again = Arc::clone(&inv);
    match Arc::try_unwrap(inv) {
        Ok(_) => println!("unexpected unique"),
        Err(back) => println!("try_unwrap failed: strong_count={}", Arc::strong_count(&back)),
    }
    drop(shared_again);

    println!("-- Arc<RwLock<T>> --");
    let config = Arc::new(RwLock::new(vec![1u32, 2, 3]));
    {
        let r1 = config.read().unwrap();
        let r2 = config.read().unwrap();
        println!("two readers at once: {:?} {:?}", *r1, *r2);
        println!("try_write while reading is_err={}", config.try_write().is_err());
    }
    let writer = {
        let c = Arc::clone(&config);
        thread::spawn(move || {
            let mut w = c.write().unwrap();
            w.push(4);
            w.len()
        })
    };
    println!("writer saw len {}", writer.join().unwrap());
    let readers: Vec<_> = (0..3)
        .map(|k| {
            let c = Arc::clone(&config);
            thread::spawn(move || c.read().unwrap().iter().map(|x| x * (k + 1)).sum::<u32>())
        })
        .collect();
    let sums: Vec<u32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("reader sums {:?}", sums);
    let inner = Arc::try_unwrap(config).unwrap().into_inner().unwrap();
    println!("final vec {:?}", inner);
    println!("size Mutex<u64>={} RwLock<u64>={}",
        std::mem::size_of::<Mutex<u64>>(), std::mem::size_of::<RwLock<u64>>());
}

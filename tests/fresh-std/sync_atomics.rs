use std::sync::atomic::{fence, compiler_fence, AtomicBool, AtomicI32, AtomicI64, AtomicIsize, AtomicPtr, AtomicU16, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);
static READY: AtomicBool = AtomicBool::new(false);

fn next_id() -> usize {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

fn main() {
    // a global id generator
    let ids: Vec<usize> = (0..4).map(|_| next_id()).collect();
    println!("ids {:?}, next {:?}", ids, NEXT_ID);

    // integer read-modify-write operations return the previous value
    let a = AtomicI32::new(10);
    println!("add {} sub {} and {} or {} xor {} nand {}",
             a.fetch_add(5, Ordering::SeqCst), a.fetch_sub(3, Ordering::SeqCst), a.fetch_and(0b1110, Ordering::SeqCst),
             a.fetch_or(0b1, Ordering::SeqCst), a.fetch_xor(0b11, Ordering::SeqCst), a.fetch_nand(0b1010, Ordering::SeqCst));
    println!("now {}", a.load(Ordering::SeqCst));
    println!("max {} min {} -> {}", a.fetch_max(100, Ordering::Relaxed), a.fetch_min(-7, Ordering::Relaxed), a.load(Ordering::Relaxed));
    println!("swap {} -> {:?}", a.swap(42, Ordering::AcqRel), a);
    println!("cas ok {:?}, cas fail {:?}", a.compare_exchange(42, 43, Ordering::SeqCst, Ordering::Relaxed),
             a.compare_exchange(42, 44, Ordering::SeqCst, Ordering::Relaxed));
    let mut weak_tries = 0;
    loop {
        weak_tries += 1;
        let cur = a.load(Ordering::Relaxed);
        if a.compare_exchange_weak(cur, cur * 2, Ordering::SeqCst, Ordering::Relaxed).is_ok() {
            break;
        }
    }
    println!("doubled {} after {} try", a.load(Ordering::Relaxed), weak_tries);
    println!("fetch_update {:?} {:?}", a.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x < 100 { Some(x + 1) } else { None }),
             a.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |x| if x > 1000 { Some(0) } else { None }));

    // wrapping and unsigned min/max
    let b = AtomicU8::new(250);
    b.fetch_add(10, Ordering::Relaxed);
    println!("u8 wraps to {}", b.load(Ordering::Relaxed));
    let c = AtomicU16::new(7);
    println!("u16 max {} then {}", c.fetch_max(65000, Ordering::Relaxed), c.into_inner());
    let mut d = AtomicI64::new(-5);
    *d.get_mut() *= 3;
    println!("i64 {:?} {}", d, AtomicIsize::from(-9).load(Ordering::Relaxed));

    // AtomicBool
    let flag = AtomicBool::new(false);
    println!("bool {} {} {} {}", flag.fetch_or(true, Ordering::SeqCst), flag.fetch_and(false, Ordering::SeqCst),
             flag.fetch_xor(true, Ordering::SeqCst), flag.fetch_nand(true, Ordering::SeqCst));
    println!("not {} -> {:?}; swap {}", flag.fetch_not(Ordering::SeqCst), flag, flag.swap(false, Ordering::SeqCst));
    println!("bool cas {:?}", flag.compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire));

    // AtomicPtr over a vector's elements
    let mut values = [1u32, 2, 3];
    let p = AtomicPtr::new(values.as_mut_ptr());
    let old = p.swap(unsafe { values.as_mut_ptr().add(2) }, Ordering::SeqCst);
    println!("ptr old {} new {}", unsafe { *old }, unsafe { *p.load(Ordering::SeqCst) });
    println!("null default: {}", AtomicPtr::<u8>::default().load(Ordering::Relaxed).is_null());

    fence(Ordering::SeqCst);
    compiler_fence(Ordering::Release);

    // counting across threads
    let hits = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for t in 0..4 {
        let hits = Arc::clone(&hits);
        handles.push(thread::spawn(move || {
            for _ in 0..250 {
                hits.fetch_add(1, Ordering::Relaxed);
            }
            t * 10
        }));
    }
    let tags: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    READY.store(true, Ordering::Release);
    println!("hits {} tags {:?} ready {}", hits.load(Ordering::SeqCst), tags, READY.load(Ordering::Acquire));
    println!("sizes {} {} {} {}", std::mem::size_of::<AtomicBool>(), std::mem::size_of::<AtomicU16>(),
             std::mem::align_of::<AtomicI64>(), std::mem::size_of::<AtomicPtr<u8>>());

    // a lost update would be a bug: the check fails loudly
    let expected = 999;
    assert_eq!(hits.load(Ordering::SeqCst), expected, "lost updates in {} threads", tags.len());
}

use std::mem::size_of_val;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static APP_NAME: &str = "memviz";
static REGISTRY: Mutex<Vec<String>> = Mutex::new(Vec::new());

const PRIMES: [u32; 6] = [2, 3, 5, 7, 11, 13];
const GREETING: &str = "hello";
const MAX_ITEMS: usize = PRIMES.len() * 2;
const fn kib(n: usize) -> usize {
    n * 1024
}
const BUFFER_SIZE: usize = kib(4);

struct Handle {
    id: usize,
    name: &'static str,
}

impl Handle {
    fn open(name: &'static str) -> Handle {
        let id = NEXT_ID.fetch_add(1, Ordering::SeqCst);
        LIVE.fetch_add(1, Ordering::SeqCst);
        REGISTRY.lock().unwrap().push(format!("open {}#{}", name, id));
        Handle { id, name }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        REGISTRY.lock().unwrap().push(format!("close {}#{}", self.name, self.id));
        println!("closing {}#{} (live now {})", self.name, self.id, LIVE.load(Ordering::SeqCst));
    }
}

fn live() -> usize {
    LIVE.load(Ordering::SeqCst)
}

fn main() {
    println!("app={} greeting={} ({} bytes)", APP_NAME, GREETING, size_of_val(GREETING));
    println!("PRIMES={:?} bytes={} MAX_ITEMS={} BUFFER_SIZE={}", PRIMES, size_of_val(&PRIMES), MAX_ITEMS, BUFFER_SIZE);
    let buf = [0u8; BUFFER_SIZE];
    println!("stack buffer from const size: {} bytes", size_of_val(&buf));

    let s1: &'static str = APP_NAME;
    let s2: &'static str = APP_NAME;
    println!("static str pointers equal: {}", std::ptr::eq(s1, s2));
    let a = &PRIMES;
    let mut copy = PRIMES; // consts are inlined: each use is a fresh value
    copy[0] = 100;
    println!("const copy changed {:?}, const still {:?}", copy, a);

    let h1 = Handle::open("db");
    let h2 = Handle::open("cache");
    println!("live={} next_id={}", live(), NEXT_ID.load(Ordering::SeqCst));
    {
        let _tmp = Handle::open("tmp");
        println!("in block live={}", live());
    }
    let handles: Vec<Handle> = ["log-a", "log-b"].iter().map(|n| Handle::open(n)).collect();
    println!("live={} ids={:?}", live(), handles.iter().map(|h| h.id).collect::<Vec<_>>());
    drop(h1);
    std::mem::forget(h2); // leaked: never closed
    drop(handles);
    println!("live at end={} (1 leaked by forget)", live());

    let reg = REGISTRY.lock().unwrap();
    for (i, line) in reg.iter().enumerate() {
        println!("  {:>2}: {}", i, line);
    }
    let opens = reg.iter().filter(|l| l.starts_with("open")).count();
    println!("opens={} closes={}", opens, reg.len() - opens);
    let sum: u32 = PRIMES.iter().sum();
    println!("sum of PRIMES={}", sum);
}

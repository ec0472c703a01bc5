use std::thread;
use std::time::Duration;

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    // fan out work and join the results in order
    let inputs = vec![10u64, 15, 20];
    let handles: Vec<thread::JoinHandle<(u64, u64)>> = inputs.into_iter().map(|n| thread::spawn(move || (n, fib(n)))).collect();
    for h in handles {
        let (n, f) = h.join().unwrap();
        println!("fib({n}) = {f}");
    }

    // named threads and their handles
    let main_thread = thread::current();
    println!("main: {:?} {:?}", main_thread.name(), main_thread.id());
    let builder = thread::Builder::new().name("calc".into()).stack_size(64 * 1024);
    println!("{:?}", builder);
    let h = builder
        .spawn(|| {
            let me = thread::current();
            format!("{} running, id differs from main: {}", me.name().unwrap(), me.id() != thread::current().id() || true)
        })
        .unwrap();
    println!("handle thread name {:?}", h.thread().name());
    let calc_id = h.thread().id();
    println!("{}", h.join().unwrap());
    println!("ids differ {}", calc_id != main_thread.id());
    let unnamed = thread::spawn(|| thread::current().name().map(|s| s.to_string()));
    println!("unnamed name {:?}", unnamed.join().unwrap());

    // is_finished with a sleeping thread
    let sleeper = thread::spawn(|| {
        thread::sleep(Duration::from_millis(50));
        7
    });
    println!("finished early? {}", sleeper.is_finished());
    thread::sleep(Duration::from_millis(100));
    println!("finished later? {}", sleeper.is_finished());
    println!("result {}", sleeper.join().unwrap());

    // a panicking thread: join returns the payload
    let bad = thread::Builder::new().name("bad-worker".into()).spawn(|| {
        let v: Vec<i32> = Vec::new();
        if v.is_empty() {
            panic!("no work for {}", thread::current().name().unwrap());
        }
        1
    }).unwrap();
    match bad.join() {
        Ok(v) => println!("ok {v}"),
        Err(e) => println!("thread failed: {:?}", e.downcast_ref::<String>()),
    }
    let static_msg = thread::spawn(|| -> i32 { panic!("static message") });
    let err = static_msg.join().unwrap_err();
    println!("payload is &str: {:?}", err.downcast_ref::<&str>());
    println!("panicking in main: {}", thread::panicking());
    thread::yield_now();
    println!("parallelism ok: {}", thread::available_parallelism().map(|n| n.get() >= 1).unwrap_or(false));
    println!("sizes {} {} {}", std::mem::size_of::<thread::Thread>(), std::mem::size_of::<thread::JoinHandle<u8>>(), std::mem::size_of::<Option<thread::ThreadId>>());
    // joining a failed thread and unwrapping propagates to main
    let h = thread::spawn(|| {
        let data = [1, 2, 3];
        data.iter().map(|x| x * 2).sum::<i32>() / 0i32.min(data.len() as i32 - 3)
    });
    let v = h.join().unwrap();
    println!("unreachable {v}");
}

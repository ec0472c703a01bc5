// editions: 2015 2018 2021 2024
// References to a `static mut` (the implicit `&mut` of the method call `LOG.push(..)`, an explicit
// `&COUNTERS`): the static_mut_refs lint only warns before 2024 and is deny-by-default in 2024
// ("creating a mutable reference to mutable static" is the first error).
static mut COUNTERS: [u32; 3] = [0; 3];
static mut LOG: Vec<String> = Vec::new();

fn record(kind: usize, msg: &str) {
    unsafe {
        COUNTERS[kind] += 1;
        LOG.push(format!("{}:{}", kind, msg));
    }
}

fn main() {
    record(0, "start");
    record(2, "warn");
    record(0, "tick");
    let counts: &[u32; 3] = unsafe { &COUNTERS };
    println!("counts {:?}", counts);
    let n = unsafe { LOG.len() };
    println!("{} log lines", n);
    for i in 0..n {
        println!("{}", unsafe { &LOG[i] });
    }
}

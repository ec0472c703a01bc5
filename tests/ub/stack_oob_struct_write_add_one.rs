// Writing a second struct "after" a local struct with ptr::write.
#[derive(Debug, Clone, Copy)]
struct Config {
    id: u32,
    level: u16,
    enabled: bool,
}

fn main() {
    let mut cfg = Config { id: 1, level: 3, enabled: true };
    let backup = cfg;
    println!("cfg = {:?}", cfg);
    println!("backup = {:?}", backup);

    let p = &mut cfg as *mut Config;
    unsafe {
        (*p).level += 1;
    }
    println!("cfg after bump = {:?}", cfg);

    let next = Config { id: 2, level: 0, enabled: false };
    unsafe {
        // there is no second Config after `cfg`
        p.add(1).write(next);
    }
    println!("wrote next config");
}

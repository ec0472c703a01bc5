// Box ownership escapes: Box::leak, into_raw/from_raw, and what gets dropped.
use std::mem::size_of;

#[derive(Debug)]
struct Config {
    name: String,
    level: u8,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("  drop Config {}", self.name);
    }
}

fn leak_config(name: &str) -> &'static mut Config {
    Box::leak(Box::new(Config { name: name.to_string(), level: 1 }))
}

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("  drop Node {}", self.value);
    }
}

fn main() {
    println!("size_of Box<Config> {} Config {}", size_of::<Box<Config>>(), size_of::<Config>());

    println!("Box::leak gives a &'static mut:");
    let cfg = leak_config("global");
    cfg.level += 4;
    println!("  {} level {}", cfg.name, cfg.level);
    let shared: &'static Config = cfg;
    println!("  shared view level {}", shared.level);

    let leaked_str: &'static str = Box::leak(String::from("leaked text").into_boxed_str());
    println!("  leaked str {:?} len {}", leaked_str, leaked_str.len());
    let leaked_slice: &'static mut [u32] = Box::leak(vec![5, 6, 7].into_boxed_slice());
    leaked_slice[1] *= 10;
    println!("  leaked slice {:?}", leaked_slice);

    println!("into_raw / from_raw round trip:");
    let b = Box::new(Config { name: "raw".to_string(), level: 9 });
    let p: *mut Config = Box::into_raw(b);
    unsafe {
        (*p).level += 1;
        println!("  through raw pointer: {} {}", (*p).name, (*p).level);
        let back = Box::from_raw(p);
        println!("  rebuilt box, level {}", back.level);
    }
    println!("  (dropped when `back` went out of scope)");

    println!("raw pointer to a leaked value, reclaimed later:");
    let r: &'static mut Config = Box::leak(Box::new(Config { name: "reclaimed".into(), level: 0 }));
    r.level = 3;
    let raw = r as *mut Config;
    let reclaimed = unsafe { Box::from_raw(raw) };
    println!("  reclaimed level {}", reclaimed.level);
    drop(reclaimed);

    println!("linked list of boxes drops front to back:");
    {
        let list = Node {
            value: 1,
            next: Some(Box::new(Node { value: 2, next: Some(Box::new(Node { value: 3, next: None })) })),
        };
        let mut cur = Some(&list);
        let mut seen = Vec::new();
        while let Some(n) = cur {
            seen.push(n.value);
            cur = n.next.as_deref();
        }
        println!("  walk {:?}", seen);
    }

    println!("moving out of a box with *:");
    let boxed_pair = Box::new((String::from("left"), String::from("right")));
    let (l, r2) = *boxed_pair;
    println!("  {l} {r2}");
    let bc = Box::new(Config { name: "unboxed".into(), level: 2 });
    let plain: Config = *bc;
    println!("  unboxed level {}", plain.level);

    println!("Box<dyn Fn>:");
    let add = 7;
    let f: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + add);
    println!("  f(3) = {} size_of_val(&f) = {}", f(3), size_of::<Box<dyn Fn(i32) -> i32>>());
    let raw_f = Box::into_raw(f);
    let f2 = unsafe { Box::from_raw(raw_f) };
    println!("  after round trip f2(10) = {}", f2(10));

    println!("end of main (leaked values are never dropped):");
}

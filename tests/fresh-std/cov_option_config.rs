// A configuration lookup that leans on Option's whole API.
use std::collections::HashMap;

#[derive(Debug, Default, Clone, PartialEq)]
struct Limits {
    max: u32,
}

fn lookup<'a>(cfg: &'a HashMap<&str, String>, key: &str) -> Option<&'a String> {
    cfg.get(key)
}

fn main() {
    let mut cfg = HashMap::new();
    cfg.insert("name", "rustmem".to_string());
    cfg.insert("port", "8080".to_string());
    cfg.insert("debug", "yes".to_string());

    let name = lookup(&cfg, "name");
    let missing = lookup(&cfg, "colour");
    println!("is_some={} is_none={} some_and={} none_or={}", name.is_some(), missing.is_none(),
        name.is_some_and(|s| s.len() > 3), missing.is_none_or(|s| s.is_empty()));
    println!("as_ref={:?} map={:?} map_or={} map_or_else={}", name.as_ref().map(|s| s.len()), name.map(|s| s.to_uppercase()),
        missing.map_or(0, |s| s.len()), missing.map_or_else(|| "default".to_string(), |s| s.clone()));
    let port: Option<u16> = lookup(&cfg, "port").and_then(|p| p.parse().ok());
    println!("port={:?} filter={:?} ok_or={:?} ok_or_else={:?}", port, port.filter(|p| *p > 9000), port.ok_or("no port"),
        missing.ok_or_else(|| format!("missing {}", "colour")));
    println!("unwrap_or={} unwrap_or_else={} unwrap_or_default={:?} expect={}", missing.cloned().unwrap_or("none".into()),
        missing.cloned().unwrap_or_else(|| "computed".into()), missing.cloned().unwrap_or_default(), name.expect("name is set"));
    println!("and={:?} or={:?} or_else={:?} xor={:?} xor2={:?}", name.and(port), missing.or(name), missing.or_else(|| Some(&cfg["debug"])),
        port.xor(None), port.xor(Some(1)));
    println!("zip={:?} unzip={:?}", port.zip(name), Some((1, 'a')).unzip());
    let owned: Option<String> = name.cloned();
    println!("as_deref={:?} copied={:?} inspect:", owned.as_deref(), port.as_ref().copied());
    let _ = port.inspect(|p| println!("  inspecting port {p}"));
    let mut slot: Option<Limits> = None;
    println!("get_or_insert_default={:?}", slot.get_or_insert_default());
    slot.as_mut().unwrap().max = 10;
    println!("get_or_insert={:?}", slot.get_or_insert(Limits { max: 99 }));
    let mut other: Option<Limits> = None;
    other.get_or_insert_with(|| Limits { max: 5 }).max += 1;
    println!("get_or_insert_with={:?}", other);
    println!("insert={:?}", other.insert(Limits { max: 7 }));
    println!("take={:?} after={:?}", other.take(), other);
    let mut counter = Some(3);
    println!("take_if={:?} {:?}", counter.take_if(|c| *c > 5), counter);
    println!("take_if={:?} {:?}", counter.take_if(|c| { *c += 1; *c > 3 }), counter);
    println!("replace={:?} now={:?}", counter.replace(42), counter);
    if let Some(c) = counter.as_mut() {
        *c *= 2;
    }
    for c in counter.iter_mut() {
        *c += 1;
    }
    for c in &mut counter {
        *c += 1;
    }
    println!("counter={:?} iter={:?} slice={:?} into_iter={:?}", counter, counter.iter().collect::<Vec<_>>(), counter.as_slice(),
        counter.into_iter().chain(None).collect::<Vec<_>>());
    let mut pair = Some([1, 2]);
    if let Some(arr) = pair.as_mut() {
        arr[0] = 10;
    }
    let mut single = Some(5);
    single.as_mut_slice()[0] = 6;
    println!("pair={:?} single={:?} empty={:?}", pair, single, None::<i32>.as_slice());
    let mut boxed: Option<Box<i32>> = Some(Box::new(4));
    if let Some(b) = boxed.as_deref_mut() {
        *b += 1;
    }
    println!("as_deref_mut={:?}", boxed);
    let nested: Option<Option<i32>> = Some(Some(3));
    let res: Option<Result<i32, String>> = Some(Ok(4));
    println!("flatten={:?} transpose={:?} copied={:?}", nested.flatten(), res.transpose(), Some(&mut 9).copied());
    let strs = ["1", "2", "x"];
    let all: Option<Vec<i32>> = strs.iter().map(|s| s.parse().ok()).collect();
    let firsts: Option<Vec<i32>> = strs[..2].iter().map(|s| s.parse().ok()).collect();
    let sum: Option<i32> = [Some(1), Some(2)].into_iter().sum();
    println!("collect={:?} {:?} sum={:?}", all, firsts, sum);
    println!("cmp: {} {} {:?}", Some(1) < Some(2), None < Some(0), Some(3).max(None));
    println!("unchecked={}", unsafe { Some(11).unwrap_unchecked() });
    let missing_port: Option<u16> = None;
    println!("{}", missing_port.expect("port must be configured"));
}

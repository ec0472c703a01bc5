// Parsing a batch of records with Result's combinators.
use std::num::ParseIntError;

#[derive(Debug)]
enum RecordError {
    Parse(ParseIntError),
    Negative(i64),
}

impl From<ParseIntError> for RecordError {
    fn from(e: ParseIntError) -> Self { RecordError::Parse(e) }
}

fn parse_amount(s: &str) -> Result<i64, RecordError> {
    let v: i64 = s.trim().parse()?;
    if v < 0 { Err(RecordError::Negative(v)) } else { Ok(v) }
}

fn main() {
    let inputs = ["42", " 7 ", "-3", "abc", ""];
    for s in inputs {
        let r = parse_amount(s);
        println!("{:?}: ok={} err={} ok_and={} err_and={}", s, r.is_ok(), r.is_err(),
            r.as_ref().is_ok_and(|v| *v > 10), r.as_ref().is_err_and(|e| matches!(e, RecordError::Negative(_))));
        println!("  ok()={:?} err()={:?} map={:?} map_or={} map_or_else={}", r.as_ref().ok(), r.as_ref().err().map(|e| format!("{e:?}")),
            r.as_ref().map(|v| v * 2), r.as_ref().map_or(-1, |v| *v), r.as_ref().map_or_else(|e| format!("bad: {e:?}"), |v| v.to_string()));
        let m = r.map_err(|e| match e { RecordError::Parse(p) => p.to_string(), RecordError::Negative(n) => format!("negative {n}") });
        println!("  map_err={:?} unwrap_or={} unwrap_or_default={} unwrap_or_else={}", m, m.clone().unwrap_or(0), m.clone().unwrap_or_default(),
            m.clone().unwrap_or_else(|e| e.len() as i64));
        println!("  and={:?} and_then={:?} or={:?} or_else={:?}", m.clone().and(Ok::<u8, String>(1)), m.clone().and_then(|v| if v > 10 { Ok(v) } else { Err("small".to_string()) }),
            m.clone().or(Ok::<i64, ()>(0)), m.clone().or_else(|e| if e.is_empty() { Err(0) } else { Ok(-1) }));
        let _ = m.as_ref().inspect(|v| println!("  inspect ok {v}")).inspect_err(|e| println!("  inspect err {e}"));
        println!("  iter={:?} into_iter={:?}", m.iter().collect::<Vec<_>>(), m.clone().into_iter().count());
    }
    let mut r: Result<i32, String> = Ok(5);
    if let Ok(v) = r.as_mut() {
        *v += 1;
    }
    for v in r.iter_mut() {
        *v *= 10;
    }
    for v in &mut r {
        *v += 1;
    }
    for v in &r {
        println!("ref {v}");
    }
    println!("r={:?} expect={} unwrap={}", r, r.clone().expect("ok"), r.clone().unwrap());
    let e: Result<i32, String> = Err("boom".into());
    println!("expect_err={} unwrap_err={}", e.clone().expect_err("should fail"), e.clone().unwrap_err());
    let b: Result<Box<str>, ()> = Ok("boxed".into());
    let mut bs: Result<String, ()> = Ok("text".to_string());
    bs.as_deref_mut().map(|s| s.make_ascii_uppercase()).unwrap();
    println!("as_deref={:?} as_deref_mut={:?}", b.as_deref(), bs);
    let x = 3;
    let mut y = 4;
    let rx: Result<&i32, ()> = Ok(&x);
    let ry: Result<&mut i32, ()> = Ok(&mut y);
    println!("copied={:?} cloned={:?}", rx.copied(), ry.cloned());
    let t: Result<Option<i32>, String> = Ok(Some(1));
    let nested: Result<Result<i32, String>, String> = Ok(Err("inner".into()));
    println!("transpose={:?} flatten={:?}", t.transpose(), nested.flatten());
    let all: Result<Vec<i64>, String> = ["1", "2", "3"].iter().map(|s| s.parse::<i64>().map_err(|e| e.to_string())).collect();
    let bad: Result<Vec<i64>, String> = ["1", "z"].iter().map(|s| s.parse::<i64>().map_err(|e| e.to_string())).collect();
    let total: Result<i64, String> = all.clone().unwrap().into_iter().map(Ok).sum();
    println!("collect={:?} {:?} sum={:?}", all, bad, total);
    unsafe {
        println!("unchecked {} {}", Ok::<i32, ()>(1).unwrap_unchecked(), Err::<(), i32>(2).unwrap_err_unchecked());
    }
    println!("cmp {} {}", Ok::<i32, i32>(1) < Err(0), Ok::<i32, i32>(3) == Ok(3));
    let fatal: Result<u8, String> = Err("disk full".into());
    fatal.unwrap();
}

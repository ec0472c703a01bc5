use std::ffi::{OsStr, OsString};

fn main() {
    let s = OsStr::new("hello");
    println!("{:?} len={} empty={} {:?}", s, s.len(), s.is_empty(), s.to_str());
    let mut owned = OsString::from("key");
    owned.push("=");
    owned.push(OsStr::new("value"));
    owned.push(String::from("!"));
    println!("{:?} cap>=len {}", owned, owned.capacity() >= owned.len());
    println!("{:?}", owned.clone().into_string());
    println!("{}", owned.to_string_lossy());
    println!("{:?} {:?}", owned.to_ascii_uppercase(), OsStr::new("MiXeD").to_ascii_lowercase());
    println!("{}", OsStr::new("Hello").eq_ignore_ascii_case("hELLO"));
    println!("{}", OsStr::new("héllo").is_ascii());
    let mut m = OsString::from("shout");
    m.make_ascii_uppercase();
    println!("{:?}", m);

    // non-UTF-8 content (Unix: any bytes)
    let raw = unsafe { OsStr::from_encoded_bytes_unchecked(b"ab\xffcd\n\"q\"") };
    println!("{:?}", raw);
    println!("{}", raw.display());
    println!("{:?} {}", raw.to_str(), raw.to_string_lossy());
    let raw_owned = raw.to_os_string();
    match raw_owned.into_string() {
        Ok(s) => println!("ok {s}"),
        Err(back) => println!("not utf-8: {:?}", back),
    }
    println!("{:?}", raw.as_encoded_bytes());

    // comparisons
    println!("{} {} {}", OsStr::new("a") < OsStr::new("b"), OsString::from("x") == "x", "y" == OsString::from("y"));
    let mut v = vec![OsString::from("pear"), OsString::from("apple"), OsString::from("fig")];
    v.sort();
    println!("{:?}", v);
    let joined = v.join(OsStr::new(", "));
    println!("{:?}", joined);
    let cat: OsString = ["a", "b", "c"].iter().map(OsStr::new).collect();
    println!("{:?}", cat);

    let mut w = OsString::with_capacity(10);
    use std::fmt::Write;
    write!(w, "{}-{}", 1, 2).unwrap();
    println!("{:?} {}", w, w.capacity());
    w.clear();
    w.shrink_to_fit();
    println!("{:?} {}", w, w.capacity());
    let b: Box<OsStr> = OsString::from("boxed").into_boxed_os_str();
    println!("{:?} {:?}", b, b.clone().into_os_string());
    println!("{}", std::mem::size_of::<OsString>());
    println!("{}", std::mem::size_of::<&OsStr>());
    let d = OsStr::new("pad");
    println!("[{:>6}] [{:<6}]", d.display(), d.display());
    let default: &OsStr = Default::default();
    println!("{:?} {:?}", default, OsString::default());
}

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::rc::Rc;

fn size_of_name<P: AsRef<Path>>(p: P) -> usize {
    p.as_ref().file_name().map(|n| n.len()).unwrap_or(0)
}

fn main() {
    // equality is by components
    println!("{}", Path::new("a/b") == Path::new("a//b/"));
    println!("{}", Path::new("a/./b") == Path::new("a/b"));
    println!("{}", Path::new("/a") == Path::new("a"));
    println!("{}", PathBuf::from("x/y") == *Path::new("x/y/"));
    println!("{}", Path::new("x") == OsStr::new("x"));
    println!("{}", PathBuf::from("x") == OsString::from("x"));

    // ordering: component-wise
    let mut v = vec![
        PathBuf::from("b/a"),
        PathBuf::from("a/b/c"),
        PathBuf::from("a-b"),
        PathBuf::from("a/b"),
        PathBuf::from("/z"),
        PathBuf::from("a.b"),
    ];
    v.sort();
    println!("{:?}", v);
    let set: BTreeSet<&Path> = ["x/1", "x//1", "x/2", "y"].iter().map(Path::new).collect();
    println!("{:?}", set);

    let mut hs = HashSet::new();
    hs.insert(PathBuf::from("a/b"));
    println!("{} {}", hs.contains(Path::new("a//b")), hs.contains(Path::new("a/b/./")));
    let mut counts: HashMap<PathBuf, u32> = HashMap::new();
    for p in ["src/a.rs", "src//a.rs", "src/b.rs"] {
        *counts.entry(PathBuf::from(p)).or_default() += 1;
    }
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort();
    println!("{:?}", cv);

    println!("{} {} {} {}", size_of_name("dir/file.txt"), size_of_name(String::from("abc")),
             size_of_name(PathBuf::from("q/rs")), size_of_name(OsStr::new("/")));

    let c1: Cow<Path> = Cow::Borrowed(Path::new("cow/path"));
    let c2: Cow<Path> = Cow::Owned(PathBuf::from("cow/path"));
    println!("{} {:?}", c1 == c2, c1);
    let rc: Rc<Path> = Rc::from(Path::new("shared/p"));
    let rc2 = rc.clone();
    println!("{:?} {}", rc2, Rc::strong_count(&rc));
    let b: Box<Path> = Box::from(Path::new("boxed"));
    println!("{:?}", b);
    let owned: PathBuf = Path::new("t").to_owned();
    println!("{:?} {:?}", owned, Path::new("a/b").to_path_buf().cmp(&PathBuf::from("a/c")));
    println!("{:?}", Path::new("a").partial_cmp(Path::new("b")));
    let d = Path::new("dis play").display();
    println!("[{d}] [{d:>12}] [{:?}]", d.to_string());
}

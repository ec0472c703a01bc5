// Copy-on-write with Rc::make_mut, exclusive access, unwrapping, and Rc keys in ordered and hashed
// collections (Eq/Ord/Hash/Borrow forward to the value).
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Doc {
    title: String,
    words: Vec<String>,
}

impl Drop for Doc {
    fn drop(&mut self) {
        println!("  drop doc {:?}", self.title);
    }
}

fn main() {
    let mut v1 = Rc::new(Doc { title: "a".into(), words: vec!["x".into()] });
    let v2 = v1.clone();
    println!("shared {}", Rc::strong_count(&v1));
    Rc::make_mut(&mut v1).words.push("y".into());
    println!("after make_mut v1 {:?} v2 {:?} counts {} {}", v1.words, v2.words, Rc::strong_count(&v1), Rc::strong_count(&v2));
    Rc::make_mut(&mut v1).title.push('!');
    println!("unique make_mut keeps alloc: {}", v1.title);

    let weak = Rc::downgrade(&v1);
    let before = Rc::as_ptr(&v1);
    Rc::make_mut(&mut v1).words.clear();
    println!("make_mut with weak moved: {} weak alive {}", before != Rc::as_ptr(&v1), weak.upgrade().is_some());

    let mut n = Rc::new(10);
    *Rc::get_mut(&mut n).unwrap() += 5;
    let n2 = Rc::clone(&n);
    println!("get_mut shared {:?}", Rc::get_mut(&mut n));
    drop(n2);
    let wn = Rc::downgrade(&n);
    println!("get_mut with weak {:?}", Rc::get_mut(&mut n));
    drop(wn);
    println!("get_mut alone {:?}", Rc::get_mut(&mut n));

    println!("try_unwrap unique {:?}", Rc::try_unwrap(Rc::new(3)));
    let s = Rc::new(String::from("s"));
    let s2 = s.clone();
    let back = Rc::try_unwrap(s).unwrap_err();
    println!("try_unwrap shared err strong {}", Rc::strong_count(&back));
    println!("into_inner {:?} then {:?}", Rc::into_inner(back), Rc::into_inner(s2));
    let k = Rc::new(vec![1, 2]);
    let k2 = k.clone();
    println!("unwrap_or_clone {:?} {:?}", Rc::unwrap_or_clone(k), Rc::unwrap_or_clone(k2));

    println!("-- ordered set");
    let mut set: BTreeSet<Rc<str>> = BTreeSet::new();
    for w in ["pear", "apple", "fig", "apple"] {
        set.insert(Rc::from(w));
    }
    println!("{:?} contains fig {}", set, set.contains("fig"));
    let mut counts: BTreeMap<Rc<str>, usize> = BTreeMap::new();
    let name: Rc<str> = "kiwi".into();
    for _ in 0..3 {
        *counts.entry(name.clone()).or_default() += 1;
    }
    println!("{:?} name strong {}", counts, Rc::strong_count(&name));
    let mut hs: HashSet<Rc<Doc>> = HashSet::new();
    let d = Rc::new(Doc { title: "h".into(), words: vec![] });
    hs.insert(d.clone());
    println!("hash contains {} len {}", hs.contains(&d), hs.len());
    let a = Rc::new(3);
    let b = Rc::new(5);
    println!("cmp {} {} {:?} {:?} max {}", a < b, a == Rc::new(3), a.cmp(&b), a.partial_cmp(&b), std::cmp::max(a.clone(), b.clone()));
    let r: &i32 = a.as_ref();
    println!("as_ref {} display {} debug {:?}", r, b, Rc::new(Some("x")));
    println!("-- end");
}

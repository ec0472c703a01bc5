// Clone-on-write: Rc::make_mut, Arc::make_mut and Cow.
use std::borrow::Cow;
use std::mem::size_of;
use std::rc::{Rc, Weak};
use std::sync::Arc;

#[derive(Debug)]
struct Doc {
    lines: Vec<String>,
}

impl Clone for Doc {
    fn clone(&self) -> Self {
        println!("  (cloning Doc with {} lines)", self.lines.len());
        Doc { lines: self.lines.clone() }
    }
}

fn normalize(input: &str) -> Cow<'_, str> {
    if input.contains('\t') {
        Cow::Owned(input.replace('\t', "    "))
    } else {
        Cow::Borrowed(input)
    }
}

fn describe(c: &Cow<'_, str>) -> &'static str {
    match c {
        Cow::Borrowed(_) => "borrowed",
        Cow::Owned(_) => "owned",
    }
}

fn main() {
    println!("Rc::make_mut on a unique Rc mutates in place:");
    let mut a = Rc::new(Doc { lines: vec!["one".into()] });
    let before = Rc::as_ptr(&a);
    Rc::make_mut(&mut a).lines.push("two".into());
    println!("  same allocation: {}, lines {:?}", before == Rc::as_ptr(&a), a.lines);

    println!("Rc::make_mut on a shared Rc clones first:");
    let b = Rc::clone(&a);
    Rc::make_mut(&mut a).lines.push("three".into());
    println!("  a {:?}", a.lines);
    println!("  b {:?}", b.lines);
    println!("  ptr_eq {} counts a:{} b:{}", Rc::ptr_eq(&a, &b), Rc::strong_count(&a), Rc::strong_count(&b));

    println!("Rc::make_mut with only weak pointers left disassociates them:");
    let mut c = Rc::new(Doc { lines: vec!["w".into()] });
    let weak: Weak<Doc> = Rc::downgrade(&c);
    Rc::make_mut(&mut c).lines.push("x".into());
    println!("  weak upgrade after make_mut: {}", weak.upgrade().is_some());
    println!("  c {:?} weak_count {}", c.lines, Rc::weak_count(&c));

    println!("Arc::make_mut:");
    let mut n = Arc::new(vec![1, 2, 3]);
    let n2 = Arc::clone(&n);
    Arc::make_mut(&mut n).push(4);
    println!("  n {:?} n2 {:?} strong n {} n2 {}", n, n2, Arc::strong_count(&n), Arc::strong_count(&n2));
    drop(n2);
    let p = Arc::as_ptr(&n);
    Arc::make_mut(&mut n).push(5);
    println!("  unique now, in place: {} {:?}", p == Arc::as_ptr(&n), n);
    println!("  Arc::try_unwrap: {:?}", Arc::try_unwrap(n));

    println!("Cow<str>:");
    println!("  size_of Cow<str> {} String {} &str {}",
        size_of::<Cow<'_, str>>(), size_of::<String>(), size_of::<&str>());
    let inputs = ["plain text", "tab\there", "\tlead"];
    for s in inputs {
        let c = normalize(s);
        println!("  {:?} -> {:?} ({})", s, c, describe(&c));
    }
    let mut cow: Cow<'_, [i32]> = Cow::Borrowed(&[1, 2, 3]);
    println!("  slice cow starts {}", if matches!(cow, Cow::Borrowed(_)) { "borrowed" } else { "owned" });
    cow.to_mut().push(4);
    println!("  after to_mut: {:?} {}", cow, if matches!(cow, Cow::Borrowed(_)) { "borrowed" } else { "owned" });
    let owned: Vec<i32> = cow.into_owned();
    println!("  into_owned len {} cap {}", owned.len(), owned.capacity());

    let text = String::from("keep me");
    let cw: Cow<'_, str> = Cow::from(&text[..]);
    let cw2: Cow<'_, str> = Cow::from(String::from("own me"));
    println!("  from &str: {} from String: {}", describe(&cw), describe(&cw2));
    let joined = cw + " and more";
    println!("  Cow + &str: {:?} ({})", joined, describe(&joined));

    println!("Rc<Vec> shared then unwrapped or cloned:");
    let data = Rc::new(vec![10, 20]);
    let data2 = Rc::clone(&data);
    let v = Rc::unwrap_or_clone(data);
    println!("  unwrap_or_clone with 2 owners -> clone {:?}, remaining strong {}", v, Rc::strong_count(&data2));
    let v2 = Rc::unwrap_or_clone(data2);
    println!("  unwrap_or_clone with 1 owner -> moved {:?}", v2);
}

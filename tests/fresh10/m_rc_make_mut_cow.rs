use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;

#[derive(Debug)]
struct Doc {
    title: String,
    lines: Vec<String>,
}

impl Clone for Doc {
    fn clone(&self) -> Self {
        println!("  (cloning Doc '{}')", self.title);
        Doc { title: self.title.clone(), lines: self.lines.clone() }
    }
}

fn clamp_all(data: &[i32], lo: i32, hi: i32) -> Cow<'_, [i32]> {
    if data.iter().all(|&x| x >= lo && x <= hi) {
        Cow::Borrowed(data)
    } else {
        Cow::Owned(data.iter().map(|&x| x.clamp(lo, hi)).collect())
    }
}

fn main() {
    let mut original = Rc::new(Doc { title: "notes".into(), lines: vec!["a".into()] });
    println!("strong={}", Rc::strong_count(&original));

    Rc::make_mut(&mut original).lines.push("b".into());
    println!("sole owner edit, no clone. lines={:?}", original.lines);

    let snapshot = Rc::clone(&original);
    println!("snapshot taken, strong={}", Rc::strong_count(&original));
    println!("get_mut while shared is_none={}", Rc::get_mut(&mut original).is_none());

    Rc::make_mut(&mut original).lines.push("c".into());
    println!("after make_mut on shared:");
    println!("  original lines={:?} strong={}", original.lines, Rc::strong_count(&original));
    println!("  snapshot lines={:?} strong={}", snapshot.lines, Rc::strong_count(&snapshot));
    println!("  ptr_eq={}", Rc::ptr_eq(&original, &snapshot));

    Rc::make_mut(&mut original).title = "notes-v2".into();
    println!("second edit no clone, title={}", original.title);
    if let Some(d) = Rc::get_mut(&mut original) {
        d.lines.retain(|l| l != "a");
    }
    println!("get_mut edit lines={:?}", original.lines);

    let mut shared = Arc::new(vec![1, 2, 3]);
    let other = Arc::clone(&shared);
    Arc::make_mut(&mut shared).push(4);
    println!("Arc cow: shared={:?} other={:?}", shared, other);

    println!("-- Cow<[i32]> --");
    let readings = [3, 7, 12, -4, 5];
    let fine = [1, 2, 3];
    for data in [&readings[..], &fine[..]] {
        let c = clamp_all(data, 0, 10);
        let kind = match &c {
            Cow::Borrowed(_) => "borrowed",
            Cow::Owned(_) => "owned",
        };
        println!("{:?} -> {:?} ({})", data, c, kind);
    }
    let mut c = clamp_all(&fine, 0, 10);
    c.to_mut().push(99);
    println!("after to_mut push: {:?} is_owned={}", c, matches!(c, Cow::Owned(_)));
    let v: Vec<i32> = c.into_owned();
    println!("into_owned vec len={} cap>=4 {}", v.len(), v.capacity() >= 4);
    println!("fine untouched: {:?}", fine);
}

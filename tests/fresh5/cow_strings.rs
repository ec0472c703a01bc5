// Cow<str>: borrow when we can, allocate only when we must.
use std::borrow::Cow;

fn normalize(input: &str) -> Cow<'_, str> {
    if input.contains(char::is_uppercase) || input.contains(' ') {
        Cow::Owned(input.to_lowercase().replace(' ', "_"))
    } else {
        Cow::Borrowed(input)
    }
}

fn strip_prefix_cow<'a>(s: &'a str, prefix: &str) -> Cow<'a, str> {
    match s.strip_prefix(prefix) {
        Some(rest) => Cow::Borrowed(rest),
        None => Cow::Owned(format!("<{s}>")),
    }
}

fn kind(c: &Cow<str>) -> &'static str {
    if matches!(c, Cow::Borrowed(_)) { "borrowed" } else { "owned" }
}

fn abs_all(v: &mut Cow<[i32]>) {
    for i in 0..v.len() {
        if v[i] < 0 {
            v.to_mut()[i] = -v[i];
        }
    }
}

fn main() {
    let inputs = ["plain", "Has Caps", "snake_case", "two words", ""];
    let mut owned_count = 0;
    for s in inputs {
        let n = normalize(s);
        if matches!(n, Cow::Owned(_)) {
            owned_count += 1;
        }
        println!("{:<12} -> {:<12} ({})", format!("{s:?}"), format!("{n:?}"), kind(&n));
    }
    println!("owned {owned_count} of {}", inputs.len());

    let a = strip_prefix_cow("key=value", "key=");
    let b = strip_prefix_cow("other", "key=");
    println!("{a} is {}, {b} is {}", kind(&a), kind(&b));

    let mut c: Cow<str> = Cow::Borrowed("start");
    println!("before to_mut: {}", kind(&c));
    c.to_mut().push_str("-grown");
    println!("after to_mut: {} = {}", kind(&c), c);
    let s: String = c.into_owned();
    println!("into_owned len {} cap {}", s.len(), s.capacity());

    let borrowed: Cow<str> = Cow::Borrowed("static text");
    let owned_from_borrowed = borrowed.clone().into_owned();
    println!("borrowed clone stays {}; into_owned cap {}", kind(&borrowed.clone()), owned_from_borrowed.capacity());

    let lossy_ok = String::from_utf8_lossy(b"valid bytes");
    let lossy_bad = String::from_utf8_lossy(&[b'o', b'k', 0xff, b'!']);
    println!("lossy ok {} ({}), lossy bad {:?} ({})", lossy_ok, kind(&lossy_ok), lossy_bad, kind(&lossy_bad));

    let mut nums: Cow<[i32]> = Cow::Borrowed(&[1, 2, 3]);
    abs_all(&mut nums);
    println!("no negatives: borrowed={}", matches!(nums, Cow::Borrowed(_)));
    let mut nums2: Cow<[i32]> = Cow::Borrowed(&[1, -2, 3, -4]);
    abs_all(&mut nums2);
    println!("with negatives: borrowed={} -> {:?}", matches!(nums2, Cow::Borrowed(_)), nums2);

    println!("size_of Cow<str> {} Cow<[u8]> {} Option<Cow<str>> {}",
        std::mem::size_of::<Cow<str>>(), std::mem::size_of::<Cow<[u8]>>(), std::mem::size_of::<Option<Cow<str>>>());

    let words: Vec<Cow<str>> = "a B c D".split(' ').map(normalize).collect();
    let joined = words.iter().map(|w| w.as_ref()).collect::<Vec<&str>>().join("+");
    println!("joined {joined}, owned ones {}", words.iter().filter(|w| matches!(w, Cow::Owned(_))).count());
    let boxed: Box<str> = Box::from("boxed");
    let from_box: Cow<str> = Cow::Owned(boxed.into_string());
    println!("{} {}", from_box, kind(&from_box));
    let eq = Cow::Borrowed("same") == Cow::<str>::Owned("same".to_string());
    println!("borrowed == owned with same text: {eq}");
}

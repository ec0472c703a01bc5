use std::borrow::Cow;
use std::mem;

fn normalize_ws(s: &str) -> Cow<'_, str> {
    if s.contains(|c: char| c.is_whitespace() && c != ' ') || s.contains("  ") {
        let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        Cow::Owned(joined)
    } else {
        Cow::Borrowed(s)
    }
}

fn escape_html(input: &str) -> Cow<'_, str> {
    if !input.contains(['<', '>', '&']) {
        return input.into();
    }
    let mut out = String::new();
    for c in input.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out.into()
}

#[derive(Debug, Default)]
struct Buffer {
    lines: Vec<String>,
    current: String,
    flushed: usize,
}

impl Buffer {
    fn write(&mut self, s: &str) {
        for ch in s.chars() {
            if ch == '\n' {
                let line = mem::take(&mut self.current);
                self.lines.push(line);
            } else {
                self.current.push(ch);
            }
        }
    }
    fn flush(&mut self) -> Vec<String> {
        self.flushed += self.lines.len();
        mem::replace(&mut self.lines, Vec::with_capacity(4))
    }
}

#[derive(Debug)]
enum Slot {
    Empty,
    Full(String),
}

impl Slot {
    fn take_item(&mut self) -> Option<String> {
        match mem::replace(self, Slot::Empty) {
            Slot::Full(s) => Some(s),
            Slot::Empty => None,
        }
    }
}

fn main() {
    for s in ["already clean", "tabs\there", "  lots   of   space ", "new\nline"] {
        let n = normalize_ws(s);
        let kind = match &n { Cow::Borrowed(_) => "borrowed", Cow::Owned(_) => "owned" };
        println!("{:<10} {:?}", kind, n);
    }
    let mut c = escape_html("plain");
    println!("{} owned? {}", c, matches!(c, Cow::Owned(_)));
    c.to_mut().push_str(" & more");
    println!("{} owned? {}", c, matches!(c, Cow::Owned(_)));
    let e = escape_html("<b>Tom & Jerry</b>");
    println!("{} (len {})", e, e.len());
    let owned: String = e.into_owned();
    println!("{}", owned.to_uppercase());

    let mut a = vec![1, 2, 3];
    let mut b = vec![9];
    mem::swap(&mut a, &mut b);
    println!("a={:?} b={:?}", a, b);
    let (mut x, mut y) = ("left".to_string(), "right".to_string());
    mem::swap(&mut x, &mut y);
    println!("{x} {y}");
    let old = mem::replace(&mut x, String::from("fresh"));
    println!("old={old} x={x}");
    let taken = mem::take(&mut b);
    println!("taken={:?} b={:?} default_is_empty={}", taken, b, b.is_empty());

    let mut buf = Buffer::default();
    buf.write("hello\nworld\npart");
    println!("{:?}", buf);
    let out = buf.flush();
    buf.write("ial\n");
    println!("flushed {:?} now {:?} total {}", out, buf.lines, buf.flushed + buf.lines.len());

    let mut slots = vec![Slot::Full("apple".into()), Slot::Empty, Slot::Full("plum".into())];
    let got: Vec<String> = slots.iter_mut().filter_map(Slot::take_item).collect();
    println!("{:?} {:?}", got, slots);

    let mut words = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    let first = mem::take(&mut words[0]);
    words.swap(1, 2);
    println!("{first} {:?} sizes {} {}", words, mem::size_of::<u64>(), mem::size_of::<Option<Box<u8>>>() == mem::size_of::<Box<u8>>());
    let cows: Vec<Cow<str>> = vec!["static".into(), String::from("heap").into(), Cow::Borrowed("b")];
    let total: usize = cows.iter().map(|c| c.len()).sum();
    println!("{} {}", cows.join("/"), total);
    let mut num_cow: Cow<[i32]> = Cow::Borrowed(&[1, 2, 3]);
    num_cow.to_mut().push(4);
    println!("{:?}", num_cow);
}

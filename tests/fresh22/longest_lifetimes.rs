// Returning references derived from arguments that point at locals.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

fn max_ref<'a, T: PartialOrd>(items: &'a [T]) -> Option<&'a T> {
    let mut best: Option<&'a T> = None;
    for it in items {
        match best {
            Some(b) if b >= it => {}
            _ => best = Some(it),
        }
    }
    best
}

fn pick_mut<'a>(a: &'a mut Vec<i32>, b: &'a mut Vec<i32>) -> &'a mut Vec<i32> {
    if a.len() <= b.len() { a } else { b }
}

fn split_pair<'a>(s: &'a str, sep: char) -> (&'a str, &'a str) {
    match s.find(sep) {
        Some(i) => (&s[..i], &s[i + sep.len_utf8()..]),
        None => (s, ""),
    }
}

struct Tokenizer<'t> {
    rest: &'t str,
}

impl<'t> Tokenizer<'t> {
    fn next_token(&mut self) -> Option<&'t str> {
        let trimmed = self.rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed.find(' ').unwrap_or(trimmed.len());
        let (tok, rest) = trimmed.split_at(end);
        self.rest = rest;
        Some(tok)
    }
}

fn main() {
    let s1 = String::from("stack frame");
    let result;
    {
        let s2 = String::from("heap");
        let l = longest(&s1, &s2);
        println!("longest inside block = {}", l);
        result = longest(&s1, "literal");
    }
    println!("longest kept = {}", result);

    let sentences = [String::from("hello brave new world"), String::from("  spaced   out "), String::new()];
    for s in &sentences {
        println!("first word of {:?} = {:?}", s, first_word(s));
    }

    let nums = [4, 17, -3, 17, 9];
    let floats = [0.5, 2.25, -1.0];
    let none: [u8; 0] = [];
    println!("max nums = {:?}, max floats = {:?}, max none = {:?}", max_ref(&nums), max_ref(&floats), max_ref(&none));
    let m = max_ref(&nums).unwrap();
    let pos = nums.iter().position(|x| std::ptr::eq(x, m)).unwrap();
    println!("max element is at index {}", pos);

    let mut v1 = vec![1, 2, 3];
    let mut v2 = vec![9];
    for i in 0..5 {
        let shorter = pick_mut(&mut v1, &mut v2);
        shorter.push(i * 100);
        println!("step {}: v1={:?} v2={:?}", i, v1, v2);
    }

    let entries = ["name=stack", "size=8192", "flag", "path=/tmp=x"];
    for e in entries {
        let (k, v) = split_pair(e, '=');
        println!("key={:?} value={:?}", k, v);
    }

    let line = String::from("  let x = 5 ;  ");
    let mut tz = Tokenizer { rest: &line };
    let mut toks = Vec::new();
    while let Some(t) = tz.next_token() {
        toks.push(t);
    }
    drop(tz);
    println!("tokens = {:?} (from {:?})", toks, line);
}

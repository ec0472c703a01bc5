// Lifetimes: structs holding &'a mut, choosing between references, borrowed iterators.
struct Cursor<'a> {
    buf: &'a mut Vec<i32>,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(buf: &'a mut Vec<i32>) -> Self {
        Cursor { buf, pos: 0 }
    }
    fn write(&mut self, v: i32) {
        if self.pos < self.buf.len() {
            self.buf[self.pos] = v;
        } else {
            self.buf.push(v);
        }
        self.pos += 1;
    }
    fn seek(&mut self, p: usize) -> &mut Self {
        self.pos = p.min(self.buf.len());
        self
    }
    fn current(&mut self) -> Option<&mut i32> {
        self.buf.get_mut(self.pos)
    }
}

fn longer<'a>(a: &'a str, b: &'a str) -> &'a str {
    if b.len() > a.len() { b } else { a }
}

fn max_by_abs<'a>(xs: &'a [i32], ys: &'a [i32]) -> &'a [i32] {
    let s = |v: &[i32]| v.iter().map(|x| x.abs()).sum::<i32>();
    if s(xs) >= s(ys) { xs } else { ys }
}

struct Words<'t> {
    text: &'t str,
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;
    fn next(&mut self) -> Option<&'t str> {
        let trimmed = self.text.trim_start_matches(|c: char| !c.is_alphanumeric());
        if trimmed.is_empty() {
            return None;
        }
        let end = trimmed
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(trimmed.len());
        let (w, rest) = trimmed.split_at(end);
        self.text = rest;
        Some(w)
    }
}

fn first_word_with<'t>(text: &'t str, letter: char) -> Option<&'t str> {
    Words { text }.find(|w| w.contains(letter))
}

fn main() {
    let mut data = vec![1, 2, 3];
    {
        let mut cur = Cursor::new(&mut data);
        cur.write(10);
        cur.seek(5).write(20);
        cur.write(30);
        cur.seek(1);
        if let Some(v) = cur.current() {
            *v *= 100;
        }
        println!("pos = {}", cur.pos);
    }
    println!("data = {:?}", data);

    let s1 = String::from("borrow");
    let result;
    {
        let s2 = "checker";
        result = longer(&s1, s2);
    }
    println!("longer: {}", result);
    let a = [3, -4, 1];
    let b = [-2, -2, -2, 1];
    println!("max_by_abs: {:?}", max_by_abs(&a, &b));

    let text = "Hello, world! It's 2024: rust-lang & friends...";
    let words: Vec<&str> = Words { text }.collect();
    println!("{:?}", words);
    println!("{:?}", first_word_with(text, 'r'));
    println!("{:?}", first_word_with(text, 'z'));
    let caps = Words { text }.filter(|w| w.chars().next().map_or(false, char::is_uppercase)).count();
    println!("capitalized: {}", caps);
}

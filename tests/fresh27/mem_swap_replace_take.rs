// mem::swap, mem::replace, mem::take and mem::forget, watched through Drop.
use std::mem;

#[derive(Debug, Default)]
struct Token {
    name: String,
}

impl Drop for Token {
    fn drop(&mut self) {
        if self.name.is_empty() {
            println!("  drop <default token>");
        } else {
            println!("  drop token {}", self.name);
        }
    }
}

fn tok(name: &str) -> Token {
    Token { name: name.to_string() }
}

struct Slot {
    current: Token,
    history: Vec<String>,
}

impl Slot {
    fn install(&mut self, t: Token) -> Token {
        let old = mem::replace(&mut self.current, t);
        self.history.push(old.name.clone());
        old
    }
}

fn main() {
    println!("swap:");
    let mut a = tok("A");
    let mut b = tok("B");
    mem::swap(&mut a, &mut b);
    println!("  a = {}, b = {}", a.name, b.name);

    println!("swap through a Vec:");
    let mut v = vec![tok("v0"), tok("v1"), tok("v2")];
    v.swap(0, 2);
    let names: Vec<&str> = v.iter().map(|t| t.name.as_str()).collect();
    println!("  {:?}", names);
    let (l, r) = v.split_at_mut(1);
    mem::swap(&mut l[0], &mut r[0]);
    println!("  after split_at_mut swap: {} {}", v[0].name, v[1].name);

    println!("replace:");
    let mut slot = Slot { current: tok("first"), history: Vec::new() };
    let old = slot.install(tok("second"));
    println!("  got back {}", old.name);
    drop(old);
    slot.install(tok("third"));
    println!("  (returned value of install dropped at end of statement)");
    println!("  history {:?}, current {}", slot.history, slot.current.name);

    println!("take:");
    let mut holder = tok("held");
    let taken = mem::take(&mut holder);
    println!("  taken = {}, holder = {:?}", taken.name, holder.name);
    let mut list = vec![1, 2, 3];
    let old_list = mem::take(&mut list);
    println!("  list {:?} cap {}, old_list {:?}", list, list.capacity(), old_list);
    let mut opt = Some(tok("in-option"));
    let inner = opt.take();
    println!("  opt is_none {}, inner {:?}", opt.is_none(), inner.as_ref().map(|t| &t.name));
    let mut o2 = Some(5);
    let prev = o2.replace(6);
    println!("  Option::replace: prev {:?} now {:?}", prev, o2);

    println!("forget:");
    let ghost = tok("ghost");
    mem::forget(ghost);
    println!("  ghost forgotten; no drop message above");
    let s = String::from("leaked string");
    let len = s.len();
    mem::forget(s);
    println!("  forgot a String of {len} bytes");

    println!("size_of of the participants:");
    println!("  Token {} Slot {} Option<Token> {}",
        mem::size_of::<Token>(),
        mem::size_of::<Slot>(),
        mem::size_of::<Option<Token>>());

    println!("swap of plain values:");
    let mut x = [1u8, 2, 3];
    let mut y = [9u8, 8, 7];
    mem::swap(&mut x, &mut y);
    println!("  x {:?} y {:?}", x, y);
    let mut cx = 1.5f64;
    let ry = mem::replace(&mut cx, 2.5);
    println!("  replaced {ry} with {cx}");

    println!("end of main:");
}

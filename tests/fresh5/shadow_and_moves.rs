// Shadowing does not drop; moving into a function drops at the callee's end.
use std::fmt;

struct Token {
    id: u32,
    label: String,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Token#{}({})", self.id, self.label)
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("    drop {}", self);
    }
}

fn tok(id: u32, label: &str) -> Token {
    Token { id, label: label.to_string() }
}

fn swallow(t: Token) {
    println!("  swallow got {t}");
    println!("  swallow ending");
}

fn pass_through(t: Token) -> Token {
    println!("  pass_through {t}");
    t
}

fn rename(mut t: Token, new: &str) -> Token {
    t.label = new.to_string();
    t
}

fn pick(a: Token, b: Token, first: bool) -> Token {
    if first { a } else { b }
}

fn main() {
    println!("shadowing:");
    {
        let t = tok(1, "original");
        println!("  have {t}");
        let t = tok(2, "shadow");
        println!("  have {t}");
        let t = t.id * 10;
        println!("  now t is a number {t}");
        println!("  leaving block");
    }
    println!("move into function:");
    let a = tok(3, "moved");
    swallow(a);
    println!("  back in main");

    println!("pass through and back:");
    let b = pass_through(tok(4, "roundtrip"));
    println!("  main holds {b}");
    let b = rename(b, "renamed");
    println!("  main holds {b}");

    println!("pick one of two:");
    let chosen = pick(tok(5, "a"), tok(6, "b"), false);
    println!("  chosen {chosen}");

    println!("conditional move:");
    let c = tok(7, "maybe");
    let flag = chosen.id % 2 == 0;
    if flag {
        swallow(c);
    } else {
        println!("  not moved");
    }
    println!("  after if (c dropped here only if not moved, at scope end)");

    println!("reassignment drops old value:");
    let mut slot = tok(8, "old");
    slot = tok(9, "new");
    println!("  slot is {slot}");

    println!("moving into a vec then iterating by value:");
    let v = vec![tok(10, "x"), tok(11, "y"), tok(12, "z")];
    for t in v {
        if t.id == 11 {
            println!("  breaking at {t}");
            break;
        }
        println!("  visiting {t}");
    }
    println!("end of main");
}

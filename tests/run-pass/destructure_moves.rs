// Destructuring a value with drop glue: bindings by value take over every part that needs dropping
// (the parts are then dropped as the bindings go out of scope, in reverse declaration order);
// `ref` bindings borrow and leave the value whole; `let ref` borrows.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair(Noisy, Noisy);

fn split(p: Pair) -> Noisy {
    let Pair(first, second) = p;
    println!("split {} and {}", first.0, second.0);
    second
}

fn main() {
    let kept = split(Pair(Noisy("a"), Noisy("b")));
    println!("kept {}", kept.0);
    let (x, y) = (Noisy("x"), Noisy("y"));
    println!("bound {} {}", x.0, y.0);
    let mut tuple = (Noisy("t"), 3u32);
    {
        let (_, ref mut n) = tuple;
        *n += 1;
    }
    println!("tuple still holds {} and {}", tuple.0 .0, tuple.1);
    let c = 'Q';
    let ref r = c;
    println!("{}", *r == 'Q');
}

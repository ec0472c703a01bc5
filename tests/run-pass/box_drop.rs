// Box owns its value: moved out of a function, dropped (value first, then the heap block) when
// its owner goes out of scope; a Box of a struct with a Drop impl; Box in an enum (recursive list).
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

enum List {
    Cons(i32, Box<List>),
    Nil,
}

fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => *v + sum(rest),
        List::Nil => 0,
    }
}

fn make() -> Box<Loud> {
    let b = Box::new(Loud("made in make"));
    println!("returning the box");
    b
}

fn main() {
    let b = make();
    println!("got {}", b.0);
    {
        let _inner = Box::new(Loud("inner"));
    }
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Cons(3, Box::new(List::Nil))))));
    println!("sum = {}", sum(&list));
    let v = vec![Loud("v0"), Loud("v1")];
    println!("{} louds", v.len());
    let x = Box::new(5);
    let y = *x + 1;
    println!("{} {}", x, y);
}

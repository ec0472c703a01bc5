// Moves that rustc accepts: the variable is given a new value before it is read again, a Copy
// field is copied out, a `&mut` is passed on (reborrowed), a value is moved in one branch only.
struct Pair {
    name: String,
    n: u32,
}

fn take(s: String) -> String {
    s + "!"
}

fn push(v: &mut Vec<u32>, x: u32) {
    v.push(x);
}

fn main() {
    let mut s = String::from("a");
    s = take(s);
    s = take(s);
    println!("{}", s);
    let p = Pair { name: String::from("p"), n: 7 };
    let n = p.n;
    let name = &p.name;
    println!("{} {}", name, n);
    let mut v = Vec::new();
    let r = &mut v;
    push(r, 1);
    push(r, 2);
    println!("{:?}", v);
    let t = String::from("t");
    let flag = v.len() > 5;
    if flag {
        drop(t);
    } else {
        println!("kept {}", t);
    }
}

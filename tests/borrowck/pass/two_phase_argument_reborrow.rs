use std::mem;
fn main() {
    let mut a = 3;
    let v = &mut a;
    let old = mem::replace(v, *v * *v);
    println!("{old} {a}");
    let mut xs = vec![1, 2, 3];
    for v in xs.iter_mut() {
        let o = mem::replace(v, *v + 1);
        print!("{o} ");
    }
    println!("{:?}", xs);
}

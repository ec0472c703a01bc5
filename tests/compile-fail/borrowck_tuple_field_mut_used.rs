// The tuple's `&mut` field is used in the arm, so `stack.push` is a second mutable borrow.
enum Cmd { Push(i32), Pop }
fn main() {
    let prog = vec![Cmd::Push(1), Cmd::Pop];
    let mut stack: Vec<i32> = vec![0];
    for pc in 0..2 {
        match (&prog[pc], stack.as_mut_slice()) {
            (Cmd::Push(n), s) => { stack.push(*n); s[0] = 1; }
            _ => {}
        }
    }
}

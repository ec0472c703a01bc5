// A tuple holding a `&mut` borrow: an arm that binds only its other field may use the borrowed value again,
// as rustc's NLL allows (each field of the tuple holds its own loans).
#[derive(Debug)]
enum Cmd {
    Push(i32),
    Add,
    Dup,
    Print,
}

fn run(prog: &[Cmd]) -> Vec<i32> {
    let mut stack: Vec<i32> = Vec::new();
    let mut out = Vec::new();
    for pc in 0..prog.len() {
        match (&prog[pc], stack.as_mut_slice()) {
            (Cmd::Push(n), _) => stack.push(*n),
            (Cmd::Add, [.., a, b]) => {
                let s = *a + *b;
                stack.pop();
                *stack.last_mut().unwrap() = s;
            }
            (Cmd::Dup, [.., top]) => {
                let t = *top;
                stack.push(t);
            }
            (Cmd::Print, [.., top]) => out.push(*top),
            (c, s) => panic!("stack underflow at {:?} with {:?}", c, s),
        }
    }
    out
}

fn main() {
    let prog = [Cmd::Push(2), Cmd::Push(3), Cmd::Add, Cmd::Dup, Cmd::Add, Cmd::Print];
    println!("{:?}", run(&prog));
    let mut names = vec![String::from("a")];
    let label = String::from("tag");
    let pair = (&label, &mut names);
    let first = pair.0;
    names.push(first.clone());
    println!("{:?}", names);
}

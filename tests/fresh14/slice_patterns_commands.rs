#[derive(Debug, PartialEq)]
enum Cmd<'a> { Push(i64), Pop, Add, Mul, Dup, Swap, Jz(usize), Jmp(usize), Print, Label(&'a str), Halt }

fn parse_line(line: &str) -> Result<Cmd, String> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    match parts.as_slice() {
        ["push", n] => n.parse().map(Cmd::Push).map_err(|e| format!("{}: {}", n, e)),
        ["pop"] => Ok(Cmd::Pop),
        ["add"] => Ok(Cmd::Add),
        ["mul"] => Ok(Cmd::Mul),
        ["dup"] => Ok(Cmd::Dup),
        ["swap"] => Ok(Cmd::Swap),
        ["jz", t] => t.parse().map(Cmd::Jz).map_err(|_| "bad target".to_string()),
        ["jmp", t] => t.parse().map(Cmd::Jmp).map_err(|_| "bad target".to_string()),
        ["print"] => Ok(Cmd::Print),
        [name] if name.ends_with(':') => Ok(Cmd::Label(&name[..name.len() - 1])),
        ["halt", ..] => Ok(Cmd::Halt),
        [] => Err("empty".into()),
        [op, rest @ ..] => Err(format!("unknown '{}' with {} args", op, rest.len())),
    }
}

fn run(prog: &[Cmd]) -> Vec<i64> {
    let mut stack: Vec<i64> = vec![];
    let mut out = vec![];
    let mut pc = 0;
    let mut steps = 0;
    while pc < prog.len() && steps < 1000 {
        steps += 1;
        match (&prog[pc], stack.as_mut_slice()) {
            (Cmd::Push(n), _) => stack.push(*n),
            (Cmd::Pop, _) => { stack.pop(); }
            (Cmd::Add, [.., a, b]) => { let s = *a + *b; stack.pop(); *stack.last_mut().unwrap() = s; }
            (Cmd::Mul, [.., a, b]) => { let s = *a * *b; stack.pop(); *stack.last_mut().unwrap() = s; }
            (Cmd::Dup, [.., top]) => { let t = *top; stack.push(t); }
            (Cmd::Swap, [.., a, b]) => std::mem::swap(a, b),
            (Cmd::Jz(t), [.., top]) => { let z = *top == 0; stack.pop(); if z { pc = *t; continue; } }
            (Cmd::Jmp(t), _) => { pc = *t; continue; }
            (Cmd::Print, [.., top]) => out.push(*top),
            (Cmd::Label(_), _) => {}
            (Cmd::Halt, _) => break,
            (c, s) => panic!("stack underflow at {:?} with {:?}", c, s),
        }
        pc += 1;
    }
    out
}

fn summarize(xs: &[i64]) -> String {
    match xs {
        [] => "nothing".into(),
        [x] => format!("just {}", x),
        [first, .., last] if first == last => format!("{} items bookended by {}", xs.len(), first),
        [first, middle @ .., last] => format!("{} .. ({} middle) .. {}", first, middle.len(), last),
    }
}

fn main() {
    // countdown from 5, printing n*n each step
    let src = "push 5\nloop:\ndup\ndup\nmul\nprint\npop\npush -1\nadd\ndup\njz 13\njmp 1\nbogus 1 2\nhalt now";
    let mut prog = vec![];
    for (i, line) in src.lines().enumerate() {
        match parse_line(line) {
            Ok(c) => prog.push(c),
            Err(e) => { println!("line {:>2}: error {}", i, e); prog.push(Cmd::Label("err")); }
        }
    }
    println!("{} commands, labels: {:?}", prog.len(), prog.iter().filter(|c| matches!(c, Cmd::Label(_))).count());
    let out = run(&prog);
    println!("output: {:?}", out);
    for xs in [&out[..], &[], &[7], &[3, 1, 3], &out[1..3]] {
        println!("{}", summarize(xs));
    }
    let pairs: Vec<String> = out.chunks(2).map(|c| match c { [a, b] => format!("{}+{}={}", a, b, a + b), [a] => format!("{} alone", a), _ => unreachable!() }).collect();
    println!("{}", pairs.join("; "));
    if let [a, b, rest @ ..] = out.as_slice() { println!("a={} b={} rest_sum={}", a, b, rest.iter().sum::<i64>()); }
    println!("{:?}", parse_line("push x"));
}

use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Op { Push(i64), Pop, Add, Sub, Mul, Div, Dup, Swap, Jz(usize), Jmp(usize), Load(char), Store(char), Print, Halt }

#[derive(Debug)]
enum VmError { StackUnderflow(usize), DivZero(usize), BadJump(usize), StepLimit }

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            VmError::StackUnderflow(pc) => write!(f, "stack underflow at pc={pc}"),
            VmError::DivZero(pc) => write!(f, "division by zero at pc={pc}"),
            VmError::BadJump(t) => write!(f, "jump target {t} out of range"),
            VmError::StepLimit => write!(f, "step limit exceeded"),
        }
    }
}

fn assemble(src: &str) -> Result<Vec<Op>, String> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with(';')).map(|line| {
        let mut parts = line.split_whitespace();
        let op = parts.next().unwrap().to_ascii_lowercase();
        let arg = parts.next();
        let num = |a: Option<&str>| a.ok_or(format!("{op}: missing arg")).and_then(|s| s.parse::<i64>().map_err(|e| format!("{s}: {e}")));
        let var = |a: Option<&str>| a.and_then(|s| s.chars().next()).ok_or(format!("{op}: missing var"));
        Ok(match op.as_str() {
            "push" => Op::Push(num(arg)?), "pop" => Op::Pop, "add" => Op::Add, "sub" => Op::Sub, "mul" => Op::Mul,
            "div" => Op::Div, "dup" => Op::Dup, "swap" => Op::Swap, "print" => Op::Print, "halt" => Op::Halt,
            "jz" => Op::Jz(num(arg)? as usize), "jmp" => Op::Jmp(num(arg)? as usize),
            "load" => Op::Load(var(arg)?), "store" => Op::Store(var(arg)?),
            other => return Err(format!("unknown op {other:?}")),
        })
    }).collect()
}

fn run(prog: &[Op], out: &mut Vec<i64>) -> Result<(usize, Vec<i64>), VmError> {
    let mut stack: Vec<i64> = Vec::new();
    let mut vars: HashMap<char, i64> = HashMap::new();
    let mut pc = 0;
    let steps = 'exec: {
        for step in 0..10_000 {
            let Some(op) = prog.get(pc) else { break 'exec step };
            let at = pc;
            let pop = move |s: &mut Vec<i64>| s.pop().ok_or(VmError::StackUnderflow(at));
            pc += 1;
            match op {
                Op::Push(v) => stack.push(*v),
                Op::Pop => { pop(&mut stack)?; }
                Op::Add | Op::Sub | Op::Mul | Op::Div => {
                    let (b, a) = (pop(&mut stack)?, pop(&mut stack)?);
                    stack.push(match op {
                        Op::Add => a + b, Op::Sub => a - b, Op::Mul => a * b,
                        _ => a.checked_div(b).ok_or(VmError::DivZero(pc - 1))?,
                    });
                }
                Op::Dup => { let v = *stack.last().ok_or(VmError::StackUnderflow(pc - 1))?; stack.push(v); }
                Op::Swap => { let n = stack.len(); if n < 2 { return Err(VmError::StackUnderflow(pc - 1)); } stack.swap(n - 1, n - 2); }
                Op::Jz(t) => { if pop(&mut stack)? == 0 { if *t > prog.len() { return Err(VmError::BadJump(*t)); } pc = *t; } }
                Op::Jmp(t) => { if *t > prog.len() { return Err(VmError::BadJump(*t)); } pc = *t; }
                Op::Load(c) => stack.push(vars.get(c).copied().unwrap_or_default()),
                Op::Store(c) => { let v = pop(&mut stack)?; vars.insert(*c, v); }
                Op::Print => out.push(*stack.last().ok_or(VmError::StackUnderflow(pc - 1))?),
                Op::Halt => break 'exec step + 1,
            }
        }
        return Err(VmError::StepLimit);
    };
    Ok((steps, stack))
}

fn main() {
    let factorial = "push 1\nstore a\npush 6\nstore n\n; loop at 4\nload n\njz 15\nload a\nload n\nmul\nstore a\nload n\npush 1\nsub\nstore n\njmp 4\nload a\nprint\nhalt";
    let prog = assemble(factorial).unwrap();
    for (i, op) in prog.iter().enumerate().filter(|(_, op)| matches!(op, Op::Jz(_) | Op::Jmp(_))) { println!("  {i:>2}: {op:?}"); }
    let mut out = vec![];
    match run(&prog, &mut out) {
        Ok((steps, stack)) => println!("factorial: out={out:?} steps={steps} stack={stack:?}"),
        Err(e) => println!("factorial failed: {e}"),
    }
    let cases = [("push 7\npush 0\ndiv", "divzero"), ("push 1\nadd", "underflow"), ("jmp 0", "infinite"),
                 ("push 2\njmp 99", "badjump"), ("push 3\ndup\nmul\nprint", "square"), ("frob 1", "asm error"), ("push x", "bad num")];
    for (src, name) in cases {
        let mut out = vec![];
        let res = assemble(src).map_err(|e| e.to_string()).and_then(|p| run(&p, &mut out).map_err(|e| e.to_string()));
        println!("{name:>10}: {:?} printed={out:?}", res);
    }
    let results: Vec<Option<i64>> = ["push 5\npush 4\nsub", "push 2\npop", "push 9\npush 3\ndiv"].iter()
        .map(|src| run(&assemble(src).unwrap(), &mut vec![]).ok().and_then(|(_, s)| s.last().copied()))
        .collect();
    println!("top of stacks: {:?}", results);
    let total: i64 = results.iter().flatten().sum();
    println!("sum of tops = {total}");
    let second = results[1].unwrap();
    println!("never printed {second}");
}

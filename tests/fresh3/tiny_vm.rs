use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Load(usize),
    Store(usize),
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    JmpIfZero(usize),
    Jmp(usize),
    Print,
    Halt,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Op::Push(v) => write!(f, "PUSH {v}"),
            Op::Load(r) => write!(f, "LOAD r{r}"),
            Op::Store(r) => write!(f, "STORE r{r}"),
            Op::JmpIfZero(t) => write!(f, "JZ @{t}"),
            Op::Jmp(t) => write!(f, "JMP @{t}"),
            other => write!(f, "{}", format!("{:?}", other).to_uppercase()),
        }
    }
}

struct Vm {
    stack: Vec<i64>,
    regs: [i64; 4],
    pc: usize,
    steps: usize,
    histogram: HashMap<String, usize>,
}

impl Vm {
    fn new() -> Self {
        Vm { stack: Vec::new(), regs: [0; 4], pc: 0, steps: 0, histogram: HashMap::new() }
    }

    fn pop(&mut self) -> i64 {
        self.stack.pop().expect("stack underflow")
    }

    fn run(&mut self, prog: &[Op]) {
        while let Some(&op) = prog.get(self.pc) {
            self.steps += 1;
            let name = format!("{:?}", op);
            let key = name.split('(').next().unwrap().to_string();
            *self.histogram.entry(key).or_insert(0) += 1;
            self.pc += 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Load(r) => self.stack.push(self.regs[r]),
                Op::Store(r) => self.regs[r] = self.pop(),
                Op::Add | Op::Sub | Op::Mul | Op::Div => {
                    let b = self.pop();
                    let a = self.pop();
                    self.stack.push(match op {
                        Op::Add => a + b,
                        Op::Sub => a - b,
                        Op::Mul => a * b,
                        _ => a / b,
                    });
                }
                Op::Dup => {
                    let t = *self.stack.last().unwrap();
                    self.stack.push(t);
                }
                Op::JmpIfZero(t) => {
                    if self.pop() == 0 {
                        self.pc = t;
                    }
                }
                Op::Jmp(t) => self.pc = t,
                Op::Print => println!("  out: {}", self.stack.last().copied().unwrap_or_default()),
                Op::Halt => break,
            }
        }
    }
}

fn main() {
    // factorial of 10 using r0 = n, r1 = acc
    let fact = vec![
        Op::Push(10), Op::Store(0), Op::Push(1), Op::Store(1),
        Op::Load(0), Op::JmpIfZero(15),
        Op::Load(1), Op::Load(0), Op::Mul, Op::Store(1),
        Op::Load(0), Op::Push(1), Op::Sub, Op::Store(0),
        Op::Jmp(4),
        Op::Load(1), Op::Print, Op::Halt,
    ];
    for (i, op) in fact.iter().enumerate().take(6) {
        println!("{:>3}: {}", i, op);
    }
    let mut vm = Vm::new();
    vm.run(&fact);
    println!("steps={} regs={:?} stack={:?}", vm.steps, vm.regs, vm.stack);
    let mut hist: Vec<(String, usize)> = vm.histogram.into_iter().collect();
    hist.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("{:?}", &hist[..4]);

    // countdown that divides 100 by the counter: eventually divides by zero
    let countdown = vec![
        Op::Push(3), Op::Store(2),
        Op::Push(100), Op::Load(2), Op::Div, Op::Print, Op::Store(3),
        Op::Load(2), Op::Push(1), Op::Sub, Op::Dup, Op::Store(2),
        Op::Push(-5), Op::Add, Op::JmpIfZero(99), Op::Jmp(2),
    ];
    let mut vm2 = Vm::new();
    println!("running countdown");
    vm2.run(&countdown);
    println!("unreachable: {:?}", vm2.regs);
}

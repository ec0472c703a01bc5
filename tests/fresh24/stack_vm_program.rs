use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Push(i64),
    Pop,
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Over,
    Load(usize),
    Store(usize),
    Jz(usize),
    Jmp(usize),
    Print,
    Halt,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("{:?}", self).to_lowercase();
        write!(f, "{:<10}", s)
    }
}

struct Vm<'p> {
    code: &'p [Op],
    stack: Vec<i64>,
    mem: [i64; 4],
    pc: usize,
    steps: u32,
    output: Vec<i64>,
    counts: HashMap<&'static str, u32>,
}

impl<'p> Vm<'p> {
    fn new(code: &'p [Op]) -> Self {
        Vm { code, stack: Vec::new(), mem: [0; 4], pc: 0, steps: 0, output: vec![], counts: HashMap::new() }
    }

    fn pop(&mut self) -> i64 {
        self.stack.pop().expect("stack underflow")
    }

    fn run(&mut self, trace: bool) {
        loop {
            let op = self.code[self.pc];
            self.steps += 1;
            let kind = match op {
                Op::Add | Op::Sub | Op::Mul => "arith",
                Op::Jz(_) | Op::Jmp(_) => "jump",
                Op::Load(_) | Op::Store(_) => "mem",
                _ => "other",
            };
            *self.counts.entry(kind).or_insert(0) += 1;
            if trace {
                println!("{:>3} {} {:?}", self.pc, op, self.stack);
            }
            self.pc += 1;
            match op {
                Op::Push(v) => self.stack.push(v),
                Op::Pop => {
                    self.pop();
                }
                Op::Add => { let b = self.pop(); let a = self.pop(); self.stack.push(a + b); }
                Op::Sub => { let b = self.pop(); let a = self.pop(); self.stack.push(a - b); }
                Op::Mul => { let b = self.pop(); let a = self.pop(); self.stack.push(a * b); }
                Op::Dup => { let a = *self.stack.last().unwrap(); self.stack.push(a); }
                Op::Swap => { let n = self.stack.len(); self.stack.swap(n - 1, n - 2); }
                Op::Over => { let a = self.stack[self.stack.len() - 2]; self.stack.push(a); }
                Op::Load(i) => self.stack.push(self.mem[i]),
                Op::Store(i) => { let v = self.pop(); self.mem[i] = v; }
                Op::Jz(t) => { if self.pop() == 0 { self.pc = t; } }
                Op::Jmp(t) => self.pc = t,
                Op::Print => { let v = self.pop(); self.output.push(v); }
                Op::Halt => break,
            }
        }
    }
}

fn factorial_program(n: i64) -> Vec<Op> {
    use Op::*;
    vec![
        Push(n), Store(0), Push(1), Store(1),
        // loop at 4
        Load(0), Jz(15),
        Load(1), Load(0), Mul, Store(1),
        Load(0), Push(1), Sub, Store(0),
        Jmp(4),
        // 15
        Load(1), Print, Halt,
    ]
}

fn main() {
    let small = [Op::Push(2), Op::Push(5), Op::Over, Op::Over, Op::Add, Op::Mul, Op::Dup, Op::Print, Op::Push(3), Op::Swap, Op::Sub, Op::Print, Op::Halt];
    let mut vm = Vm::new(&small);
    vm.run(true);
    println!("output {:?} in {} steps", vm.output, vm.steps);

    for n in [0, 1, 5, 10, 20] {
        let prog = factorial_program(n);
        let mut vm = Vm::new(&prog);
        vm.run(false);
        let mut counts: Vec<_> = vm.counts.iter().collect();
        counts.sort();
        println!("{:>2}! = {:<20} steps={:<4} {:?}", n, vm.output[0], vm.steps, counts);
    }

    // falls off the end of the program: no Halt
    let broken = [Op::Push(1), Op::Push(2), Op::Add, Op::Print];
    let mut vm = Vm::new(&broken);
    vm.run(false);
    println!("unreachable: {:?}", vm.output);
}

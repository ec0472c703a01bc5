use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Op {
    Push(i64), Arith(ArithOp), Dup, Swap,
    Store(String), Load(String),
    JumpIfZero(usize), Jump(usize), Print, Halt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArithOp { Add, Sub, Mul, Div }

#[derive(Debug)]
enum VmError { StackUnderflow(usize), DivByZero(usize), Unbound(String), Overflow(usize) }

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VmError::StackUnderflow(pc) => write!(f, "stack underflow at pc={}", pc),
            VmError::DivByZero(pc) => write!(f, "division by zero at pc={}", pc),
            VmError::Unbound(n) => write!(f, "unbound variable {}", n),
            VmError::Overflow(pc) => write!(f, "overflow at pc={}", pc),
        }
    }
}

impl std::error::Error for VmError {}

struct Vm {
    stack: Vec<i64>,
    vars: HashMap<String, i64>,
    output: Vec<i64>,
    steps: usize,
}

impl Vm {
    fn new() -> Self { Vm { stack: vec![], vars: HashMap::new(), output: vec![], steps: 0 } }

    fn pop(&mut self, pc: usize) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow(pc))
    }

    fn run(&mut self, prog: &[Op]) -> Result<(), VmError> {
        let mut pc = 0;
        while let Some(op) = prog.get(pc) {
            self.steps += 1;
            pc += 1;
            match op {
                Op::Push(v) => self.stack.push(*v),
                Op::Arith(a) => {
                    let b = self.pop(pc - 1)?;
                    let x = self.pop(pc - 1)?;
                    let r = match a {
                        ArithOp::Add => x.checked_add(b),
                        ArithOp::Sub => x.checked_sub(b),
                        ArithOp::Mul => x.checked_mul(b),
                        ArithOp::Div if b == 0 => return Err(VmError::DivByZero(pc - 1)),
                        ArithOp::Div => x.checked_div(b),
                    };
                    self.stack.push(r.ok_or(VmError::Overflow(pc - 1))?);
                }
                Op::Dup => {
                    let v = *self.stack.last().ok_or(VmError::StackUnderflow(pc - 1))?;
                    self.stack.push(v);
                }
                Op::Swap => {
                    let n = self.stack.len();
                    if n < 2 { return Err(VmError::StackUnderflow(pc - 1)); }
                    self.stack.swap(n - 1, n - 2);
                }
                Op::Store(name) => { let v = self.pop(pc - 1)?; self.vars.insert(name.clone(), v); }
                Op::Load(name) => {
                    let v = *self.vars.get(name).ok_or_else(|| VmError::Unbound(name.clone()))?;
                    self.stack.push(v);
                }
                Op::JumpIfZero(t) => { if self.pop(pc - 1)? == 0 { pc = *t; } }
                Op::Jump(t) => pc = *t,
                Op::Print => { let v = self.pop(pc - 1)?; println!("  out: {}", v); self.output.push(v); }
                Op::Halt => break,
            }
        }
        Ok(())
    }
}

fn factorial_program(n: i64) -> Vec<Op> {
    use Op::*;
    vec![
        Push(n), Store("n".into()), Push(1), Store("acc".into()),
        Load("n".into()), JumpIfZero(15),
        Load("acc".into()), Load("n".into()), Arith(ArithOp::Mul), Store("acc".into()),
        Load("n".into()), Push(1), Arith(ArithOp::Sub), Store("n".into()),
        Jump(4),
        Load("acc".into()), Print, Halt,
    ]
}

fn main() {
    let programs: Vec<(&str, Vec<Op>)> = vec![
        ("fact5", factorial_program(5)),
        ("fact20", factorial_program(20)),
        ("fact25", factorial_program(25)),
        ("div0", vec![Op::Push(4), Op::Push(0), Op::Arith(ArithOp::Div), Op::Print]),
        ("under", vec![Op::Push(1), Op::Arith(ArithOp::Add)]),
        ("unbound", vec![Op::Load("zz".into()), Op::Print]),
        ("swap", vec![Op::Push(10), Op::Push(3), Op::Swap, Op::Arith(ArithOp::Sub), Op::Dup, Op::Arith(ArithOp::Mul), Op::Print]),
    ];
    for (name, prog) in &programs {
        let mut vm = Vm::new();
        println!("run {} ({} ops)", name, prog.len());
        match vm.run(prog) {
            Ok(()) => println!("  ok after {} steps, output={:?}", vm.steps, vm.output),
            Err(e) => println!("  error: {} (steps={}, stack={:?})", e, vm.steps, vm.stack),
        }
        let mut vars: Vec<_> = vm.vars.into_iter().collect();
        vars.sort();
        println!("  vars: {:?}", vars);
    }
}

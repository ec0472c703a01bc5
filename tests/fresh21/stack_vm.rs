use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Op { Push(i64), Pop, Add, Sub, Mul, Div, Dup, Swap, Over, Jmp(usize), Jz(usize), Load(char), Store(char), Print, Call(usize), Ret, Halt }

#[derive(Debug, PartialEq)]
enum VmError { StackUnderflow(usize), DivByZero(usize), BadJump(usize), UnknownVar(char), StepLimit }

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            VmError::StackUnderflow(pc) => write!(f, "stack underflow at pc={}", pc),
            VmError::DivByZero(pc) => write!(f, "division by zero at pc={}", pc),
            VmError::BadJump(t) => write!(f, "jump to invalid address {}", t),
            VmError::UnknownVar(c) => write!(f, "unknown variable '{}'", c),
            VmError::StepLimit => write!(f, "step limit exceeded"),
        }
    }
}

#[derive(Default)]
struct Vm { stack: Vec<i64>, vars: HashMap<char, i64>, calls: Vec<usize>, output: Vec<String>, steps: usize }

impl Vm {
    fn pop(&mut self, pc: usize) -> Result<i64, VmError> { self.stack.pop().ok_or(VmError::StackUnderflow(pc)) }

    fn run(&mut self, prog: &[Op]) -> Result<(), VmError> {
        let mut pc = 0;
        while pc < prog.len() {
            self.steps += 1;
            if self.steps > 10_000 { return Err(VmError::StepLimit); }
            let mut next = pc + 1;
            match &prog[pc] {
                Op::Push(v) => self.stack.push(*v),
                Op::Pop => { self.pop(pc)?; }
                Op::Add | Op::Sub | Op::Mul | Op::Div => {
                    let b = self.pop(pc)?;
                    let a = self.pop(pc)?;
                    let r = match &prog[pc] {
                        Op::Add => a + b,
                        Op::Sub => a - b,
                        Op::Mul => a * b,
                        _ => { if b == 0 { return Err(VmError::DivByZero(pc)); } a / b }
                    };
                    self.stack.push(r);
                }
                Op::Dup => { let a = self.pop(pc)?; self.stack.extend([a, a]); }
                Op::Swap => { let b = self.pop(pc)?; let a = self.pop(pc)?; self.stack.extend([b, a]); }
                Op::Over => { let n = self.stack.len(); if n < 2 { return Err(VmError::StackUnderflow(pc)); } self.stack.push(self.stack[n - 2]); }
                Op::Jmp(t) => next = *t,
                Op::Jz(t) => { if self.pop(pc)? == 0 { next = *t; } }
                Op::Load(c) => { let v = *self.vars.get(c).ok_or(VmError::UnknownVar(*c))?; self.stack.push(v); }
                Op::Store(c) => { let v = self.pop(pc)?; self.vars.insert(*c, v); }
                Op::Print => { let v = self.pop(pc)?; self.output.push(v.to_string()); }
                Op::Call(t) => { self.calls.push(pc + 1); next = *t; }
                Op::Ret => { next = self.calls.pop().ok_or(VmError::StackUnderflow(pc))?; }
                Op::Halt => return Ok(()),
            }
            if next > prog.len() { return Err(VmError::BadJump(next)); }
            pc = next;
        }
        Ok(())
    }
}

fn assemble(src: &str) -> Vec<Op> {
    src.split(';').map(str::trim).filter(|s| !s.is_empty()).map(|line| {
        let (name, arg) = line.split_once(' ').unwrap_or((line, ""));
        let num = || arg.parse::<i64>().expect("numeric operand");
        let ch = || arg.chars().next().expect("variable operand");
        match name {
            "push" => Op::Push(num()), "pop" => Op::Pop, "add" => Op::Add, "sub" => Op::Sub,
            "mul" => Op::Mul, "div" => Op::Div, "dup" => Op::Dup, "swap" => Op::Swap, "over" => Op::Over,
            "jmp" => Op::Jmp(num() as usize), "jz" => Op::Jz(num() as usize),
            "load" => Op::Load(ch()), "store" => Op::Store(ch()), "print" => Op::Print,
            "call" => Op::Call(num() as usize), "ret" => Op::Ret, "halt" => Op::Halt,
            other => panic!("unknown mnemonic {}", other),
        }
    }).collect()
}

fn main() {
    let programs = [
        ("arith", "push 6; push 7; mul; dup; print; push 2; sub; print"),
        ("factorial", "push 1; store a; push 10; store n; load n; jz 17; load a; load n; mul; store a; load n; push 1; sub; store n; jmp 4; halt; halt; load a; print"),
        ("countdown", "push 3; dup; print; push 1; sub; dup; jz 8; jmp 1; pop; push 99; print"),
        ("subroutine", "push 5; call 4; print; halt; dup; mul; push 1; add; ret"),
        ("underflow", "push 1; add"),
        ("divzero", "push 4; push 0; div"),
        ("unknown", "load z"),
        ("forever", "jmp 0"),
        ("badjump", "push 0; jz 50"),
    ];
    for (name, src) in programs {
        let prog = assemble(src);
        let mut vm = Vm::default();
        let result = vm.run(&prog);
        let status = match &result { Ok(()) => "ok".to_string(), Err(e) => format!("error: {}", e) };
        println!("{:<10} ops={:<2} steps={:<5} out=[{}] stack={:?} {}", name, prog.len(), vm.steps, vm.output.join(","), vm.stack, status);
    }
    println!("{:?}", assemble("push -3; over; swap"));
    let mut vm = Vm::default();
    println!("{:?}", vm.run(&[Op::Push(1), Op::Over]));
}

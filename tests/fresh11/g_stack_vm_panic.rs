// Small stack VM generic over a numeric trait; ends with an explicit formatted panic!.
use std::fmt::{self, Display};
use std::ops::{Add, Mul, Sub};

pub trait Word: Copy + Display + PartialOrd + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> {
    const ZERO: Self;
    fn from_i32(n: i32) -> Self;
}
impl Word for i64 {
    const ZERO: Self = 0;
    fn from_i32(n: i32) -> Self { n as i64 }
}
impl Word for f32 {
    const ZERO: Self = 0.0;
    fn from_i32(n: i32) -> Self { n as f32 }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Push(i32),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Over,
    JumpIfPos(usize),
    Print,
    Halt,
}

pub struct Vm<W: Word> {
    stack: Vec<W>,
    pc: usize,
    steps: usize,
    output: Vec<String>,
}

impl<W: Word> Vm<W> {
    pub fn new() -> Self {
        Vm { stack: Vec::new(), pc: 0, steps: 0, output: Vec::new() }
    }

    fn pop(&mut self, at: Instr) -> W {
        match self.stack.pop() {
            Some(v) => v,
            None => panic!("stack underflow at pc={} executing {:?} after {} steps", self.pc, at, self.steps),
        }
    }

    fn binop(&mut self, at: Instr, f: impl Fn(W, W) -> W) {
        let b = self.pop(at);
        let a = self.pop(at);
        self.stack.push(f(a, b));
    }

    pub fn run(&mut self, prog: &[Instr]) -> &[String] {
        while let Some(&ins) = prog.get(self.pc) {
            self.steps += 1;
            self.pc += 1;
            match ins {
                Instr::Push(n) => self.stack.push(W::from_i32(n)),
                Instr::Add => self.binop(ins, |a, b| a + b),
                Instr::Sub => self.binop(ins, |a, b| a - b),
                Instr::Mul => self.binop(ins, |a, b| a * b),
                Instr::Dup => {
                    let v = self.pop(ins);
                    self.stack.extend([v, v]);
                }
                Instr::Swap => {
                    let b = self.pop(ins);
                    let a = self.pop(ins);
                    self.stack.extend([b, a]);
                }
                Instr::Over => {
                    let b = self.pop(ins);
                    let a = self.pop(ins);
                    self.stack.extend([a, b, a]);
                }
                Instr::JumpIfPos(t) => {
                    if self.pop(ins) > W::ZERO {
                        self.pc = t;
                    }
                }
                Instr::Print => {
                    let top = *self.stack.last().expect("print on empty stack");
                    self.output.push(top.to_string());
                }
                Instr::Halt => break,
            }
        }
        &self.output
    }
}

impl<W: Word> Display for Vm<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let items: Vec<String> = self.stack.iter().map(|w| w.to_string()).collect();
        write!(f, "pc={} steps={} stack=[{}]", self.pc, self.steps, items.join(" "))
    }
}

fn main() {
    use Instr::*;
    // countdown: push 3; loop { print; push 1; sub; dup; jump_if_pos loop }
    let countdown = [Push(3), Print, Push(1), Sub, Dup, JumpIfPos(1), Print, Halt];
    let mut vm: Vm<i64> = Vm::new();
    let out = vm.run(&countdown).join(",");
    println!("countdown output: {}", out);
    println!("state: {}", vm);

    let arith = [Push(6), Push(7), Mul, Push(2), Swap, Sub, Print];
    let mut fvm: Vm<f32> = Vm::new();
    println!("float output: {:?}", fvm.run(&arith));
    println!("float state: {}", fvm);

    // factorial of 6 using the stack layout [acc n]
    let fact = [Push(1), Push(6), Swap, Over, Mul, Swap, Push(1), Sub, Dup, JumpIfPos(2), Swap, Print, Halt];
    let mut fv: Vm<i64> = Vm::new();
    println!("fact output: {:?}", fv.run(&fact));
    println!("fact state: {}", fv);

    let broken = [Push(2), Push(3), Add, Print, Mul, Print];
    let mut bvm: Vm<i64> = Vm::new();
    println!("running broken program...");
    let out = bvm.run(&broken).to_vec();
    println!("unreachable: {:?}", out);
}

use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Instr {
    Push(i64),
    Pop,
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    Swap,
    Jz(usize),
    Jmp(usize),
    Load(String),
    Store(String),
    Print,
    Halt,
}

#[derive(Debug)]
enum VmError {
    StackUnderflow { pc: usize, instr: Instr },
    UnknownVar(String),
    DivByZero(usize),
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            VmError::StackUnderflow { pc, instr } => write!(f, "stack underflow at {} ({:?})", pc, instr),
            VmError::UnknownVar(v) => write!(f, "unknown variable '{}'", v),
            VmError::DivByZero(pc) => write!(f, "division by zero at {}", pc),
        }
    }
}

struct Vm {
    stack: Vec<i64>,
    vars: HashMap<String, i64>,
    output: Vec<String>,
    steps: usize,
}

impl Vm {
    fn new() -> Self {
        Vm { stack: Vec::new(), vars: HashMap::new(), output: Vec::new(), steps: 0 }
    }

    fn pop(&mut self, pc: usize, instr: &Instr) -> Result<i64, VmError> {
        self.stack.pop().ok_or_else(|| VmError::StackUnderflow { pc, instr: instr.clone() })
    }

    fn run(&mut self, program: &[Instr]) -> Result<(), VmError> {
        let mut pc = 0;
        while pc < program.len() {
            let instr = &program[pc];
            self.steps += 1;
            pc += 1;
            match instr {
                Instr::Push(v) => self.stack.push(*v),
                Instr::Pop => { self.pop(pc - 1, instr)?; }
                Instr::Add | Instr::Sub | Instr::Mul | Instr::Div => {
                    let b = self.pop(pc - 1, instr)?;
                    let a = self.pop(pc - 1, instr)?;
                    let r = match instr {
                        Instr::Add => a + b,
                        Instr::Sub => a - b,
                        Instr::Mul => a * b,
                        _ => a.checked_div(b).ok_or(VmError::DivByZero(pc - 1))?,
                    };
                    self.stack.push(r);
                }
                Instr::Dup => {
                    let a = self.pop(pc - 1, instr)?;
                    self.stack.extend([a, a]);
                }
                Instr::Swap => {
                    let n = self.stack.len();
                    if n < 2 {
                        return Err(VmError::StackUnderflow { pc: pc - 1, instr: instr.clone() });
                    }
                    self.stack.swap(n - 1, n - 2);
                }
                Instr::Jz(target) => {
                    if self.pop(pc - 1, instr)? == 0 {
                        pc = *target;
                    }
                }
                Instr::Jmp(target) => pc = *target,
                Instr::Load(name) => {
                    let v = *self.vars.get(name).ok_or_else(|| VmError::UnknownVar(name.clone()))?;
                    self.stack.push(v);
                }
                Instr::Store(name) => {
                    let v = self.pop(pc - 1, instr)?;
                    self.vars.insert(name.clone(), v);
                }
                Instr::Print => {
                    let v = self.pop(pc - 1, instr)?;
                    self.output.push(v.to_string());
                }
                Instr::Halt => break,
            }
        }
        Ok(())
    }
}

fn factorial_program(n: i64) -> Vec<Instr> {
    use Instr::*;
    vec![
        Push(n), Store("n".into()), Push(1), Store("acc".into()),
        Load("n".into()), Jz(15),
        Load("acc".into()), Load("n".into()), Mul, Store("acc".into()),
        Load("n".into()), Push(1), Sub, Store("n".into()),
        Jmp(4),
        Load("acc".into()), Print, Halt,
    ]
}

fn main() {
    for n in [0, 1, 5, 10, 20] {
        let mut vm = Vm::new();
        let prog = factorial_program(n);
        match vm.run(&prog) {
            Ok(()) => println!("{}! = {} ({} steps)", n, vm.output.join(","), vm.steps),
            Err(e) => println!("error: {}", e),
        }
    }
    use Instr::*;
    let programs: Vec<(&str, Vec<Instr>)> = vec![
        ("arith", vec![Push(7), Push(3), Sub, Dup, Mul, Print, Push(-9), Push(2), Div, Print]),
        ("swap", vec![Push(1), Push(2), Swap, Print, Print]),
        ("underflow", vec![Push(1), Add]),
        ("unknown", vec![Load("x".into())]),
        ("divzero", vec![Push(1), Push(0), Div]),
        ("swap1", vec![Push(4), Swap]),
    ];
    for (name, p) in programs {
        let mut vm = Vm::new();
        let r = vm.run(&p);
        let mut vars: Vec<_> = vm.vars.iter().collect();
        vars.sort();
        println!("{:<10} out={:?} stack={:?} vars={:?} result={}", name, vm.output, vm.stack, vars, r.map(|_| "ok".to_string()).unwrap_or_else(|e| e.to_string()));
    }
}

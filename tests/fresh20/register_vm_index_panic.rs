use std::fmt;
use std::ops::{Index, IndexMut};
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Reg(usize);

#[derive(Clone, Copy, Debug, PartialEq)]
enum Operand {
    Reg(Reg),
    Imm(i64),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Set(Reg, Operand),
    Add(Reg, Operand),
    Mul(Reg, Operand),
    Mod(Reg, Operand),
    Jnz(Operand, Operand),
    Out(Operand),
}

impl FromStr for Operand {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if let Some(r) = s.strip_prefix('r') {
            r.parse().map(|n| Operand::Reg(Reg(n))).map_err(|e| format!("{s}: {e}"))
        } else {
            s.parse().map(Operand::Imm).map_err(|e| format!("{s}: {e}"))
        }
    }
}

impl FromStr for Op {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let w: Vec<&str> = s.split_whitespace().collect();
        let reg = |t: &str| match t.parse::<Operand>()? {
            Operand::Reg(r) => Ok(r),
            Operand::Imm(_) => Err(format!("{t} is not a register")),
        };
        Ok(match w.as_slice() {
            ["set", a, b] => Op::Set(reg(a)?, b.parse()?),
            ["add", a, b] => Op::Add(reg(a)?, b.parse()?),
            ["mul", a, b] => Op::Mul(reg(a)?, b.parse()?),
            ["mod", a, b] => Op::Mod(reg(a)?, b.parse()?),
            ["jnz", a, b] => Op::Jnz(a.parse()?, b.parse()?),
            ["out", a] => Op::Out(a.parse()?),
            _ => return Err(format!("cannot parse {s:?}")),
        })
    }
}

impl fmt::Display for Operand {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Operand::Reg(Reg(n)) => write!(f, "r{n}"),
            Operand::Imm(v) => write!(f, "{v}"),
        }
    }
}

struct Machine<const N: usize> {
    regs: [i64; N],
    pc: i64,
    out: Vec<i64>,
    steps: usize,
}

impl<const N: usize> Index<Reg> for Machine<N> {
    type Output = i64;
    fn index(&self, r: Reg) -> &i64 { &self.regs[r.0] }
}
impl<const N: usize> IndexMut<Reg> for Machine<N> {
    fn index_mut(&mut self, r: Reg) -> &mut i64 { &mut self.regs[r.0] }
}

impl<const N: usize> Machine<N> {
    fn new() -> Self { Machine { regs: [0; N], pc: 0, out: vec![], steps: 0 } }
    fn val(&self, o: Operand) -> i64 {
        match o { Operand::Reg(r) => self[r], Operand::Imm(v) => v }
    }
    fn run(&mut self, prog: &[Op], limit: usize) {
        while let Some(&op) = usize::try_from(self.pc).ok().and_then(|p| prog.get(p)) {
            self.steps += 1;
            if self.steps > limit { break; }
            let mut next = self.pc + 1;
            match op {
                Op::Set(r, o) => self[r] = self.val(o),
                Op::Add(r, o) => self[r] += self.val(o),
                Op::Mul(r, o) => self[r] *= self.val(o),
                Op::Mod(r, o) => self[r] = self[r].rem_euclid(self.val(o)),
                Op::Jnz(c, d) => if self.val(c) != 0 { next = self.pc + self.val(d) },
                Op::Out(o) => self.out.push(self.val(o)),
            }
            self.pc = next;
        }
    }
}

const SRC: &str = "set r0 1
set r1 10
mul r0 2
add r2 r0
add r1 -1
jnz r1 -3
out r0
out r2
set r3 r2
mod r3 1000
out r3
out r7";

fn main() {
    let prog: Vec<Op> = SRC.lines().map(|l| l.parse().unwrap()).collect();
    println!("program has {} ops", prog.len());
    for (i, op) in prog.iter().enumerate().take(6) {
        println!("{:>3}: {:?}", i, op);
    }
    for bad in ["set 5 r1", "jmp r1", "add r1 x9"] {
        println!("parse {:<12} -> {:?}", bad, bad.parse::<Op>());
    }
    let mut m4: Machine<8> = Machine::new();
    m4.run(&prog, 1000);
    println!("8-reg machine: out={:?} steps={} regs={:?}", m4.out, m4.steps, m4.regs);
    let mut short: Machine<4> = Machine::new();
    short.run(&prog[..6], 12);
    println!("limited run: pc={} steps={} r0={} r1={}", short.pc, short.steps, short[Reg(0)], short[Reg(1)]);
    println!("operands: {} {}", Operand::Reg(Reg(3)), Operand::Imm(-42));
    println!("now running on a 4-register machine...");
    let mut m: Machine<4> = Machine::new();
    m.run(&prog, 1000);
    println!("unreachable: {:?}", m.out);
}

use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

const PROGRAM: &str = "addx 15
addx -11
noop
addx 6
addx -3
mulx 2
noop
addx 5
addx -1
jmpz 3
addx -8
addx 13
addx 4
noop
addx -1
bogus 7
addx 2";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Instr {
    Noop,
    Addx(i64),
    Mulx(i64),
    Jmpz(usize),
}

#[derive(Debug)]
enum ParseInstrError {
    Empty,
    UnknownOp(String),
    MissingArg(&'static str),
    BadNumber { op: String, source: ParseIntError },
}

impl fmt::Display for ParseInstrError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ParseInstrError::Empty => write!(f, "empty line"),
            ParseInstrError::UnknownOp(op) => write!(f, "unknown operation `{}`", op),
            ParseInstrError::MissingArg(op) => write!(f, "`{}` needs an argument", op),
            ParseInstrError::BadNumber { op, source } => write!(f, "bad number for {}: {}", op, source),
        }
    }
}

impl Error for ParseInstrError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ParseInstrError::BadNumber { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl FromStr for Instr {
    type Err = ParseInstrError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split_whitespace();
        let op = parts.next().ok_or(ParseInstrError::Empty)?;
        let arg = |name: &'static str, p: Option<&str>| -> Result<i64, ParseInstrError> {
            p.ok_or(ParseInstrError::MissingArg(name))?
                .parse::<i64>()
                .map_err(|e| ParseInstrError::BadNumber { op: name.to_string(), source: e })
        };
        match op {
            "noop" => Ok(Instr::Noop),
            "addx" => Ok(Instr::Addx(arg("addx", parts.next())?)),
            "mulx" => Ok(Instr::Mulx(arg("mulx", parts.next())?)),
            "jmpz" => arg("jmpz", parts.next()).map(|n| Instr::Jmpz(n as usize)),
            other => Err(ParseInstrError::UnknownOp(other.to_string())),
        }
    }
}

impl Instr {
    const fn cycles(&self) -> u32 {
        match self {
            Instr::Noop | Instr::Jmpz(_) => 1,
            Instr::Addx(_) | Instr::Mulx(_) => 2,
        }
    }
}

fn run(prog: &[Instr]) -> Result<(i64, Vec<(u32, i64)>), Box<dyn Error>> {
    let (mut x, mut cycle, mut pc) = (1i64, 0u32, 0usize);
    let mut samples = Vec::new();
    while let Some(ins) = prog.get(pc) {
        for _ in 0..ins.cycles() {
            cycle += 1;
            if cycle % 5 == 0 {
                samples.push((cycle, x));
            }
        }
        match *ins {
            Instr::Noop => {}
            Instr::Addx(v) => x += v,
            Instr::Mulx(v) => x = x.checked_mul(v).ok_or("multiply overflow")?,
            Instr::Jmpz(n) if x == 0 => pc += n,
            Instr::Jmpz(_) => {}
        }
        pc += 1;
    }
    Ok((x, samples))
}

fn parse_all(src: &str) -> Result<Vec<Instr>, Box<dyn Error>> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let ins: Instr = line.parse().map_err(|e: ParseInstrError| format!("line {}: {}", n + 1, e))?;
        out.push(ins);
    }
    Ok(out)
}

fn main() {
    let good: Vec<Instr> = PROGRAM.lines().take(15).map(|l| l.parse().unwrap()).collect();
    println!("parsed {} instructions, first {:?}, last {:?}", good.len(), good[0], good[good.len() - 1]);
    match run(&good) {
        Ok((x, samples)) => {
            for (c, v) in &samples {
                println!("cycle {:>3}: x = {:>4} strength {:>6}", c, v, *c as i64 * v);
            }
            println!("final x = {}", x);
        }
        Err(e) => println!("run error: {}", e),
    }
    for bad in ["addx", "addx 9999999999999999999", "", "jump 4"] {
        let r: Result<Instr, _> = bad.parse();
        if let Err(e) = r {
            let src = e.source().map(|s| s.to_string()).unwrap_or_else(|| "-".into());
            println!("{:<28} -> {} (source: {})", format!("{:?}", bad), e, src);
        }
    }
    match parse_all(PROGRAM) {
        Ok(p) => println!("whole program ok: {}", p.len()),
        Err(e) => {
            println!("fatal: {}", e);
            std::process::exit(3);
        }
    }
    println!("unreachable");
}

use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok { Num(f64), Bin(char), Un(&'static str), Var(usize) }

#[derive(Debug)]
enum RpnError { Underflow { at: usize, tok: String }, Leftover(usize), Unknown(String), Domain(&'static str, f64) }

impl fmt::Display for RpnError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RpnError::Underflow { at, tok } => write!(f, "not enough operands for {tok:?} (token {at})"),
            RpnError::Leftover(n) => write!(f, "{n} values left on stack"),
            RpnError::Unknown(t) => write!(f, "unknown token {t:?}"),
            RpnError::Domain(op, v) => write!(f, "{op} undefined for {v}"),
        }
    }
}

fn lex(src: &str) -> Result<Vec<Tok>, RpnError> {
    src.split_whitespace().map(|t| {
        if let Ok(n) = t.parse::<f64>() { return Ok(Tok::Num(n)); }
        match t {
            "+" | "-" | "*" | "/" | "^" => Ok(Tok::Bin(t.chars().next().unwrap())),
            "sqrt" => Ok(Tok::Un("sqrt")), "neg" => Ok(Tok::Un("neg")), "abs" => Ok(Tok::Un("abs")), "ln" => Ok(Tok::Un("ln")),
            _ => match t.strip_prefix('$').and_then(|d| d.parse::<usize>().ok()) {
                Some(i) => Ok(Tok::Var(i)),
                None => Err(RpnError::Unknown(t.to_string())),
            },
        }
    }).collect()
}

fn eval(toks: &[Tok], regs: &[f64]) -> Result<f64, RpnError> {
    let mut st: Vec<f64> = Vec::with_capacity(toks.len());
    for (i, &t) in toks.iter().enumerate() {
        match t {
            Tok::Num(n) => st.push(n),
            Tok::Var(r) => st.push(regs[r]),
            Tok::Bin(op) => {
                let (Some(b), Some(a)) = (st.pop(), st.pop()) else {
                    return Err(RpnError::Underflow { at: i, tok: op.to_string() });
                };
                st.push(match op { '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, _ => a.powf(b) });
            }
            Tok::Un(name) => {
                let a = st.pop().ok_or_else(|| RpnError::Underflow { at: i, tok: name.into() })?;
                st.push(match name {
                    "sqrt" if a < 0.0 => return Err(RpnError::Domain("sqrt", a)),
                    "sqrt" => a.sqrt(),
                    "ln" if a <= 0.0 => return Err(RpnError::Domain("ln", a)),
                    "ln" => a.ln(),
                    "abs" => a.abs(),
                    _ => -a,
                });
            }
        }
    }
    match st.as_slice() {
        [only] => Ok(*only),
        [] => Err(RpnError::Leftover(0)),
        [_, rest @ ..] => Err(RpnError::Leftover(rest.len() + 1)),
    }
}

fn main() {
    let mut regs = vec![0.0; 4];
    let programs = [
        "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ sqrt", "9 neg abs sqrt", "1 +", "1 2 3", "", "4 neg sqrt",
        "2.718281828 ln", "1 0 /", "3 foo +", "$0 $1 +", "$2 2 ^ $3 2 ^ + sqrt",
    ];
    let mut results: BTreeMap<usize, f64> = BTreeMap::new();
    let mut slot = 0usize;
    for (i, p) in programs.iter().enumerate() {
        let r = lex(p).and_then(|t| eval(&t, &regs));
        match &r {
            Ok(v) => { println!("{i:>2} {p:<24} = {v:>10.4}"); results.insert(i, *v);
                if v.is_finite() { let n = regs.len(); regs[slot % n] = *v; slot += 1; } }
            Err(e) => println!("{i:>2} {p:<24} ! {e}"),
        }
    }
    println!("registers: {:?}", regs);
    let finite: Vec<(usize, f64)> = results.iter().filter(|(_, v)| v.is_finite()).map(|(k, v)| (*k, *v)).collect();
    println!("finite results: {}", finite.len());
    let (best_i, best_v) = finite.iter().copied().max_by(|a, b| a.1.total_cmp(&b.1)).unwrap();
    println!("largest: program {best_i} -> {best_v}");
    let inf_count = results.values().filter(|v| v.is_infinite()).count();
    println!("infinite: {inf_count}");
    let pos = programs.iter().position(|p| p.contains("$9"));
    println!("program using $9: {:?}", pos);
    let extra = "$1 $9 *";
    println!("evaluating {extra:?} with {} registers...", regs.len());
    let v = eval(&lex(extra).unwrap(), &regs);
    println!("unreachable {:?}", v.is_ok());
}

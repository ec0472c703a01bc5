// Shunting-yard conversion from infix to RPN and a stack-based RPN evaluator on i64.
use std::collections::VecDeque;

fn precedence(op: char) -> (u8, bool) {
    match op {
        '+' | '-' => (1, false),
        '*' | '/' | '%' => (2, false),
        '^' => (3, true),
        _ => (0, false),
    }
}

fn to_rpn(expr: &str) -> Result<Vec<String>, String> {
    let mut output: Vec<String> = Vec::new();
    let mut ops: Vec<char> = Vec::new();
    let mut num = String::new();
    for c in expr.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        if !num.is_empty() {
            output.push(std::mem::take(&mut num));
        }
        match c {
            ' ' => {}
            '(' => ops.push(c),
            ')' => loop {
                match ops.pop() {
                    Some('(') => break,
                    Some(op) => output.push(op.to_string()),
                    None => return Err("unbalanced ')'".into()),
                }
            },
            '+' | '-' | '*' | '/' | '%' | '^' => {
                let (p, right) = precedence(c);
                while let Some(&top) = ops.last() {
                    let (tp, _) = precedence(top);
                    if top != '(' && (tp > p || (tp == p && !right)) {
                        output.push(ops.pop().unwrap().to_string());
                    } else {
                        break;
                    }
                }
                ops.push(c);
            }
            other => return Err(format!("bad char '{}'", other)),
        }
    }
    while let Some(op) = ops.pop() {
        if op == '(' {
            return Err("unbalanced '('".into());
        }
        output.push(op.to_string());
    }
    Ok(output)
}

fn eval_rpn(tokens: &[String]) -> Result<i64, String> {
    let mut stack: VecDeque<i64> = VecDeque::new();
    for t in tokens {
        if let Ok(n) = t.parse::<i64>() {
            stack.push_back(n);
            continue;
        }
        let b = stack.pop_back().ok_or("stack underflow")?;
        let a = stack.pop_back().ok_or("stack underflow")?;
        let v = match t.as_str() {
            "+" => a.checked_add(b),
            "-" => a.checked_sub(b),
            "*" => a.checked_mul(b),
            "/" => a.checked_div(b),
            "%" => a.checked_rem(b),
            "^" => u32::try_from(b).ok().and_then(|e| a.checked_pow(e)),
            _ => None,
        };
        stack.push_back(v.ok_or_else(|| format!("cannot compute {} {} {}", a, t, b))?);
    }
    match (stack.pop_back(), stack.is_empty()) {
        (Some(v), true) => Ok(v),
        _ => Err("malformed expression".to_string()),
    }
}

fn main() {
    let exprs = ["3 + 4 * 2", "(3 + 4) * 2", "2 ^ 3 ^ 2", "100 / 7 % 4", "(1 + 2", "8 / (4 - 4)", "2 ^ 70", "12 - 5 - 3", "1 + x"];
    for e in exprs.iter() {
        let rpn = to_rpn(e);
        let line = match &rpn {
            Ok(tokens) => {
                let result = eval_rpn(tokens).map_or_else(|err| format!("error: {}", err), |v| v.to_string());
                format!("{:<20} -> {}", tokens.join(" "), result)
            }
            Err(err) => format!("{:<20} -> parse error: {}", "-", err),
        };
        println!("{:<14} | {}", e, line);
    }
    let direct: Vec<String> = "5 1 2 + 4 * + 3 -".split(' ').map(String::from).collect();
    println!("classic example = {:?}", eval_rpn(&direct));
    println!("underflow = {:?}", eval_rpn(&["1".to_string(), "+".to_string()]));
}

fn closing_for(c: char) -> Option<char> {
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        _ => None,
    }
}

#[derive(Debug)]
enum BracketError {
    Unexpected { pos: usize, found: char, expected: Option<char> },
    Unclosed(Vec<char>),
}

fn check(input: &str) -> Result<usize, BracketError> {
    let mut stack: Vec<char> = Vec::new();
    let mut pairs = 0;
    for (pos, c) in input.chars().enumerate() {
        if let Some(close) = closing_for(c) {
            stack.push(close);
        } else if matches!(c, ')' | ']' | '}') {
            match stack.pop() {
                Some(expected) if expected == c => pairs += 1,
                other => return Err(BracketError::Unexpected { pos, found: c, expected: other }),
            }
        }
    }
    if stack.is_empty() {
        Ok(pairs)
    } else {
        stack.reverse();
        Err(BracketError::Unclosed(stack))
    }
}

pub fn brackets_are_balanced(s: &str) -> bool {
    check(s).is_ok()
}

fn main() {
    let inputs = [
        "[]",
        "",
        "[[",
        "}{",
        "{]",
        "{ }",
        "{[])",
        "([{}({}[])])",
        "{[)][]}",
        "([{])",
        "(((185 + 223.85) * 15) - 543)/2",
        "\\left(\\begin{array}{cc} \\frac{1}{3} & x\\\\ \\mathrm{e}^{x} &... x^2 \\end{array}\\right)",
        "fn main() { let v = vec![1, 2, (3)]; }",
    ];
    for s in inputs {
        match check(s) {
            Ok(n) => println!("OK   {:>2} pairs  {}", n, s),
            Err(e) => println!("FAIL {:?}  {}", e, s),
        }
    }
    let balanced = inputs.iter().filter(|s| brackets_are_balanced(s)).count();
    println!("{}/{} balanced", balanced, inputs.len());
}

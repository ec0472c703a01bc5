use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
enum BracketError {
    Mismatch { pos: usize, expected: char, found: char },
    UnexpectedClose { pos: usize, found: char },
    Unclosed { pos: usize, open: char },
}

impl fmt::Display for BracketError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Mismatch { pos, expected, found } => {
                write!(f, "at {pos}: expected '{expected}' but found '{found}'")
            }
            Self::UnexpectedClose { pos, found } => write!(f, "at {pos}: unexpected '{found}'"),
            Self::Unclosed { pos, open } => write!(f, "'{open}' opened at {pos} never closed"),
        }
    }
}

impl std::error::Error for BracketError {}

fn partner(c: char) -> Option<char> {
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        _ => None,
    }
}

fn check(input: &str) -> Result<usize, BracketError> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut max_depth = 0;
    for (pos, c) in input.char_indices() {
        if partner(c).is_some() {
            stack.push((pos, c));
            max_depth = max_depth.max(stack.len());
        } else if matches!(c, ')' | ']' | '}') {
            let Some((_, open)) = stack.pop() else {
                return Err(BracketError::UnexpectedClose { pos, found: c });
            };
            let expected = partner(open).unwrap();
            if expected != c {
                return Err(BracketError::Mismatch { pos, expected, found: c });
            }
        }
    }
    match stack.pop() {
        Some((pos, open)) => Err(BracketError::Unclosed { pos, open }),
        None => Ok(max_depth),
    }
}

pub fn brackets_are_balanced(s: &str) -> bool {
    check(s).is_ok()
}

fn main() {
    let cases = [
        "[]",
        "",
        "[[",
        "}{",
        "{]",
        "([{}({}[])])",
        "{[)][]}",
        "([{])",
        "[({]})",
        "\\left(\\begin{array}{cc} \\frac{1}{3} & x\\\\ \\mathrm{e}^{x} &... x^2 \\end{array}\\right)",
        "fn main() { let v = vec![1, (2 + 3)]; }",
        "((()",
    ];
    for s in cases {
        match check(s) {
            Ok(depth) => println!("OK   depth={depth:<2} {s}"),
            Err(e) => println!("FAIL {e:<40} {s}"),
        }
    }
    assert!(brackets_are_balanced("{}[]()"));
    assert!(!brackets_are_balanced("(]"));
    assert_eq!(check("(("), Err(BracketError::Unclosed { pos: 1, open: '(' }));
    let boxed: Box<dyn std::error::Error> = Box::new(check(")").unwrap_err());
    println!("boxed error: {boxed}");
}

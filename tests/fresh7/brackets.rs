use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum BracketError {
    Unexpected { found: char, pos: usize, expected: Option<char> },
    Unclosed { open: char, pos: usize },
}

impl fmt::Display for BracketError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match *self {
            BracketError::Unexpected { found, pos, expected: Some(e) } => {
                write!(f, "at {}: expected '{}' but found '{}'", pos, e, found)
            }
            BracketError::Unexpected { found, pos, expected: None } => {
                write!(f, "at {}: unmatched closing '{}'", pos, found)
            }
            BracketError::Unclosed { open, pos } => write!(f, "'{}' opened at {} never closed", open, pos),
        }
    }
}

impl std::error::Error for BracketError {}

fn partner(c: char) -> Option<char> {
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '<' => Some('>'),
        _ => None,
    }
}

fn check(input: &str) -> Result<usize, BracketError> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut max_depth = 0;
    for (pos, c) in input.chars().enumerate() {
        if partner(c).is_some() {
            stack.push((c, pos));
            max_depth = max_depth.max(stack.len());
        } else if matches!(c, ')' | ']' | '}' | '>') {
            match stack.pop() {
                Some((open, _)) if partner(open) == Some(c) => {}
                Some((open, _)) => return Err(BracketError::Unexpected { found: c, pos, expected: partner(open) }),
                None => return Err(BracketError::Unexpected { found: c, pos, expected: None }),
            }
        }
    }
    match stack.pop() {
        Some((open, pos)) => Err(BracketError::Unclosed { open, pos }),
        None => Ok(max_depth),
    }
}

fn score_line(input: &str) -> (u64, u64) {
    match check(input) {
        Ok(_) => (0, 0),
        Err(BracketError::Unexpected { found, .. }) => {
            let s = match found { ')' => 3, ']' => 57, '}' => 1197, '>' => 25137, _ => 0 };
            (s, 0)
        }
        Err(BracketError::Unclosed { .. }) => {
            let mut stack = Vec::new();
            for c in input.chars() {
                if let Some(close) = partner(c) {
                    stack.push(close);
                } else if partner(c).is_none() && matches!(c, ')' | ']' | '}' | '>') {
                    stack.pop();
                }
            }
            let completion: u64 = stack.iter().rev().fold(0, |acc, c| acc * 5 + " )]}>".find(*c).unwrap() as u64);
            (0, completion)
        }
    }
}

fn main() {
    let lines = [
        "[({(<(())[]>[[{[]{<()<>>",
        "[(()[<>])]({[<{<<[]>>(",
        "{([(<{}[<>[]}>{[]{[(<()>",
        "(((({<>}<{<{<>}{[]{[]{}",
        "[[<[([]))<([[{}[[()]]]",
        "<{([{{}}[<[[[<>{}]]]>[]]",
        "fn main() { let v = vec![1, (2 + 3)]; }",
        ")(",
        "",
    ];
    let mut corrupt_total = 0;
    let mut completions = Vec::new();
    for line in lines {
        let result = check(line);
        let (corrupt, complete) = score_line(line);
        match &result {
            Ok(depth) => println!("OK   depth={:<2} {:?}", depth, line),
            Err(e) => println!("FAIL {:<40} | {}", line, e),
        }
        println!("     scores: corrupt={} completion={}", corrupt, complete);
        corrupt_total += corrupt;
        if complete > 0 {
            completions.push(complete);
        }
    }
    completions.sort_unstable();
    println!("corruption total: {}", corrupt_total);
    println!("completion scores: {:?}", completions);
    println!("middle completion: {:?}", completions.get(completions.len() / 2));
    let errs: Vec<BracketError> = lines.iter().filter_map(|l| check(l).err()).collect();
    println!("{:#?}", &errs[..2]);
    let boxed: Result<usize, Box<dyn std::error::Error>> = check("(]").map_err(|e| e.into());
    println!("boxed: {}", boxed.unwrap_err());
}

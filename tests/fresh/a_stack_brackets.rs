// Bracket matcher using a Vec as a stack; reports the position of the first error.
#[derive(Debug, PartialEq)]
enum Check {
    Balanced,
    Unexpected { pos: usize, found: char, expected: Option<char> },
    Unclosed { open: char, pos: usize },
}

fn closing(open: char) -> Option<char> {
    match open {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '<' => Some('>'),
        _ => None,
    }
}

fn check(src: &str) -> Check {
    let mut stack: Vec<(char, usize)> = Vec::new();
    for (pos, c) in src.chars().enumerate() {
        if closing(c).is_some() {
            stack.push((c, pos));
        } else if ")]}>".contains(c) {
            match stack.pop() {
                Some((open, _)) if closing(open) == Some(c) => {}
                other => {
                    return Check::Unexpected { pos, found: c, expected: other.and_then(|(o, _)| closing(o)) };
                }
            }
        }
    }
    match stack.pop() {
        Some((open, pos)) => Check::Unclosed { open, pos },
        None => Check::Balanced,
    }
}

fn max_depth(src: &str) -> usize {
    src.chars()
        .scan(0i32, |depth, c| {
            if "([{<".contains(c) {
                *depth += 1;
            } else if ")]}>".contains(c) {
                *depth -= 1;
            }
            Some(*depth)
        })
        .max()
        .unwrap_or(0)
        .max(0) as usize
}

fn main() {
    let samples = [
        "fn main() { let v = vec![1, 2, (3 + 4)]; }",
        "if (a[i] > b{j}) {",
        "Vec<Option<(i32, [u8; 4])>>",
        "(]",
        "())",
        "",
        "{[<>()]}",
    ];
    let mut ok = 0;
    for s in samples.iter() {
        let result = check(s);
        if result == Check::Balanced {
            ok += 1;
        }
        let shown = if s.len() > 24 { format!("{}...", &s[..21]) } else { s.to_string() };
        println!("{:<26} depth={} {:?}", format!("{:?}", shown), max_depth(s), result);
        if let Check::Unexpected { pos, .. } | Check::Unclosed { pos, .. } = result {
            println!("{:>width$}^", "", width = pos + 1);
        }
    }
    println!("{}/{} balanced", ok, samples.len());
}

// A stack-based VM and a DFS using `while let Some(x) = stack.pop()`.
use std::collections::{BTreeSet, HashMap};

#[derive(Debug, Clone)]
enum Op {
    Push(i64),
    Add,
    Mul,
    Dup,
    Swap,
    Over,
    Jmp(usize),
    JmpIfZero(usize),
    Print,
}

fn run(program: &[Op]) -> Vec<String> {
    let mut stack: Vec<i64> = Vec::new();
    let mut out = Vec::new();
    let mut pc = 0;
    while let Some(op) = program.get(pc) {
        pc += 1;
        match op {
            Op::Push(n) => stack.push(*n),
            Op::Add | Op::Mul => {
                let b = stack.pop().unwrap_or(0);
                let a = stack.pop().unwrap_or(0);
                stack.push(if matches!(op, Op::Add) { a + b } else { a * b });
            }
            Op::Dup => stack.push(*stack.last().unwrap_or(&0)),
            Op::Swap => {
                let n = stack.len();
                if n >= 2 {
                    stack.swap(n - 1, n - 2);
                }
            }
            Op::Over => {
                let n = stack.len();
                if n >= 2 {
                    let second = stack[n - 2];
                    stack.push(second);
                }
            }
            Op::Jmp(t) => pc = *t,
            Op::JmpIfZero(t) => {
                if stack.pop() == Some(0) {
                    pc = *t;
                }
            }
            Op::Print => out.push(format!("{:?}", stack)),
        }
    }
    out
}

fn dfs_order(edges: &HashMap<u32, Vec<u32>>, start: u32) -> Vec<u32> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    let mut stack = vec![start];
    while let Some(node) = stack.pop() {
        if !seen.insert(node) {
            continue;
        }
        order.push(node);
        if let Some(next) = edges.get(&node) {
            // push in reverse so lower ids are visited first
            stack.extend(next.iter().rev().filter(|n| !seen.contains(n)));
        }
    }
    order
}

fn balanced(s: &str) -> Result<usize, (usize, char)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut max_depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '{' => {
                stack.push((i, c));
                max_depth = max_depth.max(stack.len());
            }
            ')' | ']' | '}' => {
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                match stack.pop() {
                    Some((_, open)) if open == want => {}
                    _ => return Err((i, c)),
                }
            }
            _ => {}
        }
    }
    match stack.pop() {
        Some(unclosed) => Err(unclosed),
        None => Ok(max_depth),
    }
}

fn main() {
    // factorial of 5: stack is [acc, n]
    let prog = vec![
        Op::Push(1), Op::Push(5), Op::Print,
        Op::Dup, Op::JmpIfZero(13),
        Op::Swap, Op::Over, Op::Mul, Op::Swap, Op::Push(-1), Op::Add,
        Op::Print, Op::Jmp(3),
        Op::Swap, Op::Print,
    ];
    for line in run(&prog) {
        println!("vm: {}", line);
    }
    let mut edges: HashMap<u32, Vec<u32>> = HashMap::new();
    for (a, b) in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (5, 1), (3, 6)] {
        edges.entry(a).or_default().push(b);
    }
    println!("dfs from 1: {:?}", dfs_order(&edges, 1));
    println!("dfs from 3: {:?}", dfs_order(&edges, 3));
    for s in ["(a[b]{c})", "([)]", "((x)", "{[()()]}"] {
        println!("{:<10} -> {:?}", s, balanced(s));
    }
}

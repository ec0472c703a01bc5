// Pattern matching depth: nested enums, ref/ref mut, matches!, slice patterns, let-else, if-let chains.
#[derive(Debug, Clone, PartialEq)]
enum Value {
    Int(i64),
    Text(String),
    List(Vec<Value>),
    Pair(Box<Value>, Box<Value>),
    Nil,
}

#[derive(Debug)]
enum Cmd {
    Set { key: String, val: Value },
    Del(String),
    Batch(Vec<Cmd>),
}

fn describe(v: &Value) -> String {
    match v {
        Value::Int(n @ 0..=9) => format!("digit {}", n),
        Value::Int(n) if *n < 0 => format!("negative {}", n),
        Value::Int(n) => format!("int {}", n),
        Value::Text(s) if s.is_empty() => "empty text".to_string(),
        Value::Text(s) => format!("text {:?}", s),
        Value::List(items) => match items.as_slice() {
            [] => "empty list".into(),
            [only] => format!("singleton [{}]", describe(only)),
            [Value::Int(a), Value::Int(b)] => format!("int pair list {}+{}={}", a, b, a + b),
            [first, .., last] => format!("list of {} from {} to {}", items.len(), describe(first), describe(last)),
        },
        Value::Pair(a, b) => match (a.as_ref(), b.as_ref()) {
            (Value::Nil, Value::Nil) => "pair of nils".into(),
            (Value::Int(x), Value::Pair(inner, _)) if matches!(**inner, Value::Int(_)) => {
                format!("int {} then nested pair", x)
            }
            (l, r) => format!("pair({}, {})", describe(l), describe(r)),
        },
        Value::Nil => "nil".into(),
    }
}

fn bump_all(v: &mut Value) {
    match *v {
        Value::Int(ref mut n) => *n += 1,
        Value::List(ref mut items) => items.iter_mut().for_each(bump_all),
        Value::Pair(ref mut a, ref mut b) => {
            bump_all(a);
            bump_all(b);
        }
        Value::Text(ref mut s) => s.push('+'),
        Value::Nil => {}
    }
}

fn parse_kv(line: &str) -> Option<(&str, i64)> {
    let Some((k, v)) = line.split_once('=') else {
        return None;
    };
    let Ok(n) = v.trim().parse::<i64>() else {
        return None;
    };
    Some((k.trim(), n))
}

fn first_set_int(cmds: &[Cmd]) -> Option<(&str, i64)> {
    for c in cmds {
        if let Cmd::Set { key, val } = c
            && let Value::Int(n) = val
            && *n > 0
        {
            return Some((key.as_str(), *n));
        }
        if let Cmd::Batch(inner) = c
            && let Some(found) = first_set_int(inner)
        {
            return Some(found);
        }
    }
    None
}

fn count_dels(cmds: &[Cmd]) -> usize {
    cmds.iter()
        .map(|c| match c {
            Cmd::Del(_) => 1,
            Cmd::Batch(inner) => count_dels(inner),
            Cmd::Set { .. } => 0,
        })
        .sum()
}

fn summarize_slice(xs: &[i32]) -> String {
    match xs {
        [] => "none".into(),
        [x] => format!("one: {x}"),
        [a, b] => format!("two: {a},{b}"),
        [head, mid @ .., tail] if mid.len() <= 2 => format!("short {head}..{tail} mid={mid:?}"),
        [head, rest @ ..] => format!("long head={head} rest_len={}", rest.len()),
    }
}

fn main() {
    let vals = vec![
        Value::Int(7),
        Value::Int(-3),
        Value::Int(42),
        Value::Text(String::new()),
        Value::Text("hey".into()),
        Value::List(vec![]),
        Value::List(vec![Value::Nil]),
        Value::List(vec![Value::Int(2), Value::Int(40)]),
        Value::List(vec![Value::Text("a".into()), Value::Nil, Value::Int(100)]),
        Value::Pair(Box::new(Value::Nil), Box::new(Value::Nil)),
        Value::Pair(Box::new(Value::Int(1)), Box::new(Value::Pair(Box::new(Value::Int(2)), Box::new(Value::Nil)))),
        Value::Pair(Box::new(Value::Text("k".into())), Box::new(Value::Int(5))),
    ];
    for v in &vals {
        println!("{}", describe(v));
    }
    let mut nested = vals[10].clone();
    bump_all(&mut nested);
    println!("bumped: {:?}", nested);
    let mut lst = vals[8].clone();
    bump_all(&mut lst);
    println!("bumped list: {}", describe(&lst));

    for line in ["a = 5", "b=x", "noeq", " c= -12 "] {
        println!("parse_kv({:?}) = {:?}", line, parse_kv(line));
    }

    let cmds = vec![
        Cmd::Set { key: "neg".into(), val: Value::Int(-1) },
        Cmd::Del("old".into()),
        Cmd::Batch(vec![Cmd::Del("x".into()), Cmd::Set { key: "deep".into(), val: Value::Int(9) }]),
        Cmd::Set { key: "late".into(), val: Value::Int(3) },
    ];
    println!("first positive set: {:?}", first_set_int(&cmds));
    println!("dels: {}", count_dels(&cmds));
    let ints = vals.iter().filter(|v| matches!(v, Value::Int(n) if n % 2 == 0)).count();
    println!("even ints: {}", ints);
    for xs in [&[][..], &[1], &[1, 2], &[1, 2, 3, 4], &[1, 2, 3, 4, 5, 6]] {
        println!("{}", summarize_slice(xs));
    }
}

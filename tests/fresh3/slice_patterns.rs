#[derive(Debug)]
enum Cmd {
    Push(i32),
    Pop,
    Swap(usize, usize),
    Sum(Vec<i32>),
    Nop,
}

fn classify(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [x] => format!("one element {x}"),
        [a, b] if a == b => format!("pair of equal {a}"),
        [first, .., last] if first == last => format!("bookends {first} (len {})", xs.len()),
        [first, middle @ .., last] if middle.len() >= 3 => {
            format!("long {first}..{last}, middle sum {}", middle.iter().sum::<i32>())
        }
        [a, b, rest @ ..] => format!("starts {a},{b} then {rest:?}"),
    }
}

fn parse(words: &[&str]) -> Cmd {
    match words {
        ["push", n] => n.parse().map(Cmd::Push).unwrap_or(Cmd::Nop),
        ["pop"] => Cmd::Pop,
        ["swap", i, j] => match (i.parse(), j.parse()) {
            (Ok(i), Ok(j)) => Cmd::Swap(i, j),
            _ => Cmd::Nop,
        },
        ["sum", nums @ ..] if !nums.is_empty() => Cmd::Sum(nums.iter().filter_map(|s| s.parse().ok()).collect()),
        _ => Cmd::Nop,
    }
}

fn median(sorted: &[f64]) -> Option<f64> {
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2]),
        n => {
            let [a, b] = sorted[n / 2 - 1..=n / 2] else { unreachable!() };
            Some((a + b) / 2.0)
        }
    }
}

fn rle(s: &[u8]) -> Vec<(u8, usize)> {
    let mut out: Vec<(u8, usize)> = Vec::new();
    let mut rest = s;
    while let [c, tail @ ..] = rest {
        match out.last_mut() {
            Some((last, n)) if last == c => *n += 1,
            _ => out.push((*c, 1)),
        }
        rest = tail;
    }
    out
}

fn main() {
    let samples: [&[i32]; 7] = [&[], &[4], &[2, 2], &[7, 1, 2, 7], &[1, 2, 3, 4, 5], &[9, 8, 6], &[1, 2, 3, 4]];
    for s in samples {
        println!("{:<16} => {}", format!("{:?}", s), classify(s));
    }

    let script = "push 3\npush 10\npush x\npush -4\nswap 0 2\nsum 1 2 three 4\npop\nfly away\nswap 9";
    let mut stack: Vec<i32> = Vec::new();
    for line in script.lines() {
        let words: Vec<&str> = line.split(' ').collect();
        let cmd = parse(&words);
        match &cmd {
            Cmd::Push(n) => stack.push(*n),
            Cmd::Pop => { stack.pop(); }
            Cmd::Swap(i, j) if *i < stack.len() && *j < stack.len() => stack.swap(*i, *j),
            Cmd::Sum(v) => stack.push(v.iter().sum()),
            _ => {}
        }
        println!("{:<18} {:<22} {:?}", line, format!("{:?}", cmd), stack);
    }

    let mut data = vec![3.5, 1.0, 9.25, 4.0, 2.0, 7.5];
    data.sort_by(f64::total_cmp);
    println!("median {:?} of {:?}", median(&data), data);
    println!("median odd {:?}, empty {:?}", median(&data[1..]), median(&[]));

    let encoded: String = rle(b"aaabccddddde")
        .into_iter()
        .map(|(c, n)| if n > 1 { format!("{}{}", n, c as char) } else { (c as char).to_string() })
        .collect();
    println!("rle: {}", encoded);

    let arr = [10, 20, 30, 40, 50];
    let [a, b, .., z] = arr;
    println!("a={a} b={b} z={z}");
    if let [.., second_last, _] = &arr[..] {
        println!("second last {}", second_last);
    }
    let (head, tail) = arr.split_first().unwrap();
    println!("head {head} tail {tail:?} last {:?}", arr.split_last().map(|(l, _)| l));
    let pairs: Vec<i32> = arr.chunks(2).map(|c| match c { [x, y] => x * y, [x] => *x, _ => 0 }).collect();
    println!("{pairs:?}");
}

// editions: 2015 2018 2021 2024
// `$e:expr` matches `const { .. }` blocks and `_` only in 2024, so these calls pick a different rule
// than in 2015-2021 (where the dedicated `const` / `_` rules are used).
macro_rules! arg_kind {
    ($e:expr) => {
        format!("expression `{}`", stringify!($e))
    };
    (const $b:block) => {
        format!("const block `{}`", stringify!($b))
    };
    (_) => {
        String::from("placeholder")
    };
}

struct Report {
    lines: Vec<String>,
}

fn main() {
    let mut r = Report { lines: Vec::new() };
    r.lines.push(arg_kind!(1 + 2));
    r.lines.push(arg_kind!(const { 4 * 4 }));
    r.lines.push(arg_kind!(_));
    r.lines.push(arg_kind!(vec![1, 2].len()));
    for (i, l) in r.lines.iter().enumerate() {
        println!("{}: {}", i, l);
    }
}

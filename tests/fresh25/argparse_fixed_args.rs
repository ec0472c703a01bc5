use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Format {
    #[default]
    Text,
    Json,
    Csv,
}

#[derive(Debug, Default)]
struct Options {
    verbose: u8,
    count: u32,
    output: Option<String>,
    format: Format,
    dry_run: bool,
    inputs: Vec<String>,
}

#[derive(Debug)]
enum ArgError {
    UnknownFlag(String),
    MissingValue(&'static str),
    BadNumber { flag: &'static str, source: ParseIntError },
    BadFormat(String),
    NoInputs,
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgError::UnknownFlag(s) => write!(f, "unknown flag '{}'", s),
            ArgError::MissingValue(flag) => write!(f, "flag --{} requires a value", flag),
            ArgError::BadNumber { flag, source } => write!(f, "invalid number for --{}: {}", flag, source),
            ArgError::BadFormat(s) => write!(f, "unsupported format '{}' (expected text|json|csv)", s),
            ArgError::NoInputs => write!(f, "no input files given"),
        }
    }
}

impl std::error::Error for ArgError {}

fn take_value<'a, I: Iterator<Item = &'a str>>(inline: Option<&'a str>, rest: &mut I, flag: &'static str) -> Result<&'a str, ArgError> {
    match inline {
        Some(v) => Ok(v),
        None => rest.next().ok_or(ArgError::MissingValue(flag)),
    }
}

fn parse_args(argv: &[&str]) -> Result<Options, ArgError> {
    let mut opts = Options { count: 1, ..Default::default() };
    let mut it = argv.iter().copied().skip(1);
    let mut only_positional = false;
    while let Some(arg) = it.next() {
        if only_positional {
            opts.inputs.push(arg.to_string());
        } else if arg == "--" {
            only_positional = true;
        } else if let Some(long) = arg.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            match name {
                "verbose" => opts.verbose += 1,
                "dry-run" => opts.dry_run = true,
                "count" => {
                    let v = take_value(inline, &mut it, "count")?;
                    opts.count = v.parse().map_err(|e| ArgError::BadNumber { flag: "count", source: e })?;
                }
                "output" => opts.output = Some(take_value(inline, &mut it, "output")?.to_string()),
                "format" => {
                    opts.format = match take_value(inline, &mut it, "format")?.to_ascii_lowercase().as_str() {
                        "text" => Format::Text,
                        "json" => Format::Json,
                        "csv" => Format::Csv,
                        other => return Err(ArgError::BadFormat(other.to_string())),
                    }
                }
                _ => return Err(ArgError::UnknownFlag(arg.to_string())),
            }
        } else if let Some(shorts) = arg.strip_prefix('-').filter(|s| !s.is_empty()) {
            for (i, c) in shorts.char_indices() {
                match c {
                    'v' => opts.verbose += 1,
                    'n' => {
                        let tail = &shorts[i + 1..];
                        let v = take_value(if tail.is_empty() { None } else { Some(tail) }, &mut it, "count")?;
                        opts.count = v.parse().map_err(|e| ArgError::BadNumber { flag: "count", source: e })?;
                        break;
                    }
                    'o' => {
                        opts.output = Some(take_value(None, &mut it, "output")?.to_string());
                    }
                    _ => return Err(ArgError::UnknownFlag(format!("-{}", c))),
                }
            }
        } else {
            opts.inputs.push(arg.to_string());
        }
    }
    if opts.inputs.is_empty() {
        return Err(ArgError::NoInputs);
    }
    Ok(opts)
}

fn main() {
    let cases: Vec<Vec<&str>> = vec![
        vec!["tool", "a.txt", "b.txt"],
        vec!["tool", "-vv", "-n", "5", "--output=out.json", "--format", "JSON", "data.csv"],
        vec!["tool", "-vn12", "--dry-run", "--", "--weird-name", "-x"],
        vec!["tool", "--count", "many", "x"],
        vec!["tool", "--count=-3", "x"],
        vec!["tool", "--format=xml", "x"],
        vec!["tool", "-o"],
        vec!["tool", "--colour", "x"],
        vec!["tool", "-vq", "x"],
        vec!["tool", "--verbose"],
        vec!["tool", "-n", "99999999999", "in"],
    ];
    let mut ok = 0;
    for argv in &cases {
        print!("{:<55} ", argv[1..].join(" "));
        match parse_args(argv) {
            Ok(o) => {
                ok += 1;
                println!("OK");
                println!("    verbose={} count={} fmt={:?} dry={} out={} inputs={:?}",
                    o.verbose, o.count, o.format, o.dry_run, o.output.as_deref().unwrap_or("<stdout>"), o.inputs);
            }
            Err(e) => {
                println!("ERR");
                println!("    {}", e);
                if let ArgError::BadNumber { source, .. } = &e {
                    println!("    detail: {:?}", source.kind());
                }
            }
        }
    }
    println!("{}/{} parsed", ok, cases.len());
}

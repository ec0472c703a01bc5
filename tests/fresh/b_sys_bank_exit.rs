use std::collections::BTreeMap;
use std::process;

#[derive(Debug)]
enum Command {
    Open(String),
    Deposit(String, i64),
    Withdraw(String, i64),
    Close(String),
}

fn parse_line(line: &str) -> Result<Command, String> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    match parts.as_slice() {
        ["open", name] => Ok(Command::Open(name.to_string())),
        ["deposit", name, amt] => amt.parse().map(|a| Command::Deposit(name.to_string(), a)).map_err(|e| format!("bad amount {:?}: {}", amt, e)),
        ["withdraw", name, amt] => amt.parse().map(|a| Command::Withdraw(name.to_string(), a)).map_err(|e| format!("bad amount {:?}: {}", amt, e)),
        ["close", name] => Ok(Command::Close(name.to_string())),
        _ => Err(format!("cannot parse {:?}", line)),
    }
}

const SCRIPT: &str = "open anna
open ben
deposit anna 500
deposit ben 120
withdraw anna 75
close ben
withdraw anna 1000
deposit anna 10";

fn main() {
    let mut ledger: BTreeMap<String, i64> = BTreeMap::new();
    for (n, line) in SCRIPT.lines().enumerate() {
        let cmd = match parse_line(line) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("line {}: {}", n + 1, e);
                process::exit(2);
            }
        };
        println!("{:>2}: {:?}", n + 1, cmd);
        match cmd {
            Command::Open(name) => {
                ledger.insert(name, 0);
            }
            Command::Deposit(name, a) => *ledger.get_mut(&name).expect("no account") += a,
            Command::Withdraw(name, a) => {
                let bal = ledger.get_mut(&name).expect("no account");
                if *bal < a {
                    println!("    overdraft attempt: {} has {}, wants {}", name, bal, a);
                    println!("final ledger: {:?}", ledger);
                    eprintln!("fatal: overdraft");
                    process::exit(3);
                }
                *bal -= a;
            }
            Command::Close(name) => {
                let bal = ledger.remove(&name).unwrap_or(0);
                println!("    closed {} paying out {}", name, bal);
            }
        }
    }
    println!("all commands processed");
}

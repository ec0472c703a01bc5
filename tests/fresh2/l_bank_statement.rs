#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Deposit,
    Withdrawal,
    Fee,
    Interest,
}

#[derive(Debug)]
struct Entry {
    day: u32,
    kind: Kind,
    memo: &'static str,
    amount: f64,
}

fn signed(e: &Entry) -> f64 {
    match e.kind {
        Kind::Deposit | Kind::Interest => e.amount,
        Kind::Withdrawal | Kind::Fee => -e.amount,
    }
}

fn main() {
    let entries = vec![
        Entry { day: 1, kind: Kind::Deposit, memo: "salary", amount: 2450.0 },
        Entry { day: 3, kind: Kind::Withdrawal, memo: "rent", amount: 1200.0 },
        Entry { day: 7, kind: Kind::Withdrawal, memo: "groceries and household", amount: 87.456 },
        Entry { day: 12, kind: Kind::Fee, memo: "atm", amount: 2.5 },
        Entry { day: 15, kind: Kind::Deposit, memo: "refund", amount: 19.99 },
        Entry { day: 28, kind: Kind::Withdrawal, memo: "car", amount: 1500.0 },
        Entry { day: 30, kind: Kind::Interest, memo: "", amount: 0.0375 },
    ];

    let header = format!("{:^5}|{:<15}|{:^12}|{:>10}|{:>11}", "Day", "Memo", "Type", "Amount", "Balance");
    println!("{header}");
    println!("{}", "-".repeat(header.len()));
    let mut balance = 1000.0_f64;
    let mut lowest = (0u32, balance);
    for e in &entries {
        balance += signed(e);
        if balance < lowest.1 {
            lowest = (e.day, balance);
        }
        let memo = if e.memo.len() > 15 { format!("{}...", &e.memo[..12]) } else { e.memo.to_string() };
        println!(
            "{:^5}|{:<15}|{:^12}|{:>+10.2}|{:>11.2}",
            e.day,
            memo,
            format!("{:?}", e.kind),
            signed(e),
            balance
        );
    }
    println!("{}", "=".repeat(header.len()));
    println!("{:<34}{:>22.2}", "Closing balance", balance);
    println!("Lowest balance {:.2} on day {:02}", lowest.1, lowest.0);

    let deposits: f64 = entries.iter().filter(|e| e.kind == Kind::Deposit).map(|e| e.amount).sum();
    let spent: f64 = entries.iter().filter(|e| matches!(e.kind, Kind::Withdrawal | Kind::Fee)).map(|e| e.amount).sum();
    println!("in  {deposits:>12.3}");
    println!("out {spent:>12.3}");
    println!("net {:>+12.3}", deposits - spent);
    println!("padded zero: {:08.3} {:08.3} {:+08.2}", balance, -3.14159, 2.5);
    println!("hex ids: {:#x} {:#X} {:#010x} {:x}", 255, 48879, 3054, 4096u32);
    println!("binary/octal: {:#b} {:b} {:#o} {:08b}", 5, 10, 64, 19);
    println!("exp: {:e} {:E} {:.2e}", 1234.5, 0.00012, 987654.321);
    println!("sign: {:+} {:+} {:+.1}", 7, -7, 0.05);
    println!("width args: [{0:>1$}] [{2:<w$}] [{3:^w$.p$}]", "x", 4, "ab", 3.14159, w = 8, p = 2);
    println!("char fill: [{:_<10}] [{:#>6}] [{:0>5}]", "left", 42, 7);
    println!("debug entry: {:?}", entries[3]);
    println!("pretty entry: {:#?}", entries[4]);
    println!("tuple pretty: {:#?}", (lowest.0, "lowest"));
    println!("debug float vs display: {:?} {} {:?} {}", 1.0f64, 1.0f64, 0.1 + 0.2, 0.1 + 0.2);
    println!("escaped braces: {{balance}} = {balance:.0}");
}

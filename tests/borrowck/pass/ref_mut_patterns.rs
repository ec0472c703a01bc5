#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut acct = Some(Account { owner: "Lin".into(), balance: 100 });
    if let Some(ref mut a) = acct {
        a.balance += 50;
        a.owner.push_str(" (gold)");
    }
    let mut pair = (String::from("left"), 1);
    let (ref mut s, ref mut n) = pair;
    s.push('!');
    *n += 1;
    println!("{:?} {:?}", acct, pair);
}

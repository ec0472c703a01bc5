#[derive(Debug)]
struct Txn {
    from: &'static str,
    to: &'static str,
    cents: i64,
}

fn apply(balances: &mut [(&'static str, i64)], t: &Txn) {
    for (name, bal) in balances.iter_mut() {
        if *name == t.from {
            *bal -= t.cents;
        }
        // bug: fee is credited but never debited
        if *name == t.to {
            *bal += t.cents + if t.cents > 10_000 { 25 } else { 0 };
        }
    }
}

fn main() {
    let mut balances = [("alice", 50_000i64), ("bob", 20_000), ("carol", 5_000)];
    let start: i64 = balances.iter().map(|(_, b)| b).sum();
    let txns = [
        Txn { from: "alice", to: "bob", cents: 2_500 },
        Txn { from: "bob", to: "carol", cents: 1_000 },
        Txn { from: "alice", to: "carol", cents: 12_000 },
        Txn { from: "carol", to: "bob", cents: 300 },
    ];
    for (n, t) in txns.iter().enumerate() {
        apply(&mut balances, t);
        let total: i64 = balances.iter().map(|(_, b)| b).sum();
        println!("after txn {} {:?}: {:?}", n + 1, t, balances);
        assert_eq!(total, start, "ledger unbalanced after {} transaction(s)", n + 1);
    }
    println!("all balanced");
}

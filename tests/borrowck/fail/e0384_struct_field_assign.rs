#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let acct = Account { owner: String::from("Lin"), balance: 100 };
    println!("{:?}", acct);
    acct = Account { owner: String::from("Lin"), balance: 250 };
    println!("{:?}", acct);
}

mod bank {
    pub struct Account { pub owner: String, balance: u64 }
    pub fn open(owner: &str) -> Account {
        Account { owner: owner.to_string(), balance: 0 }
    }
}
fn main() {
    let a = bank::open("ann");
    println!("{} {}", a.owner, a.balance);
}

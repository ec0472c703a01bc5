struct Account {
    owner: String,
    balance: i64,
    owner: String,
}

fn main() {
    println!("{}", std::mem::size_of::<Account>());
}

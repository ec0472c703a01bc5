struct Account {
    id: u32,
    balance: i64,
}

fn close(p: *mut Account) {
    unsafe {
        drop(Box::from_raw(p));
    }
}

fn main() {
    let acct = Box::new(Account { id: 42, balance: 1500 });
    let p = Box::into_raw(acct);
    unsafe {
        (*p).balance -= 200;
        println!("account {} has {}", (*p).id, (*p).balance);
    }
    close(p);
    println!("account closed");
    let left = unsafe { (*p).balance };
    println!("balance left = {}", left);
}

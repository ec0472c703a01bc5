use std::cell::RefCell;

fn main() {
    let log = RefCell::new(Vec::<String>::new());
    {
        let mut w = log.borrow_mut();
        w.push("start".into());
        w.push("load".into());
    }
    let n = log.borrow().len();
    log.borrow_mut().push(format!("count={}", n));
    for line in log.borrow().iter() {
        println!("{}", line);
    }
}

use std::cell::RefCell;

fn main() {
    let total_len;
    {
        let cell = RefCell::new(String::from("abc"));
        let guard = cell.borrow();
        total_len = guard.len();
        let r: &String = &guard;
        println!("{}", r);
    }
    let outer: &str;
    {
        let local = String::from("xyz");
        outer = local.as_str();
    }
    println!("{} {}", total_len, outer);
}

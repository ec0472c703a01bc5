use std::cell::RefCell;

struct Registry {
    names: RefCell<Vec<String>>,
}

impl Registry {
    fn first(&self) -> &String {
        let guard = self.names.borrow();
        &guard[0]
    }
}

fn main() {
    let r = Registry { names: RefCell::new(vec!["svc-a".into()]) };
    println!("{}", r.first());
}

use std::rc::Rc;

struct Shared {
    data: Rc<Vec<i32>>,
}

fn main() {
    let data = Rc::new(vec![10, 20, 30]);
    let a = Shared { data: data };
    let b = Shared { data: data };
    println!("{} {}", a.data.len(), b.data.len());
}

use std::rc::Rc;

fn main() {
    let data = Rc::new(vec![String::from("a"), String::from("b")]);
    {
        let view = Rc::clone(&data);
        println!("shared by {}", Rc::strong_count(&view));
    }
    let owned: Vec<String> = Rc::try_unwrap(data).unwrap();
    let moved = owned;
    println!("owned {:?}", moved);
}

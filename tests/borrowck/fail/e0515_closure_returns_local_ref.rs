fn main() {
    let make_label = |n: u32| -> &'static str {
        let s = format!("item-{}", n);
        s.as_str()
    };
    println!("{}", make_label(4));
}

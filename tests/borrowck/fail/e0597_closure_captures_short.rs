fn main() {
    let printer;
    {
        let prefix = String::from(">> ");
        printer = |msg: &str| println!("{}{}", prefix, msg);
    }
    printer("hello");
}

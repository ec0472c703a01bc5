fn main() {
    let printer;
    {
        let prefix = String::from(">> ");
        printer = move |msg: &str| println!("{}{}", prefix, msg);
    }
    printer("hello");
    printer("again");
}

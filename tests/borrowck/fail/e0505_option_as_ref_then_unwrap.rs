fn main() {
    let path: Option<String> = Some(String::from("/etc/hosts"));
    let view = path.as_deref();
    let owned = path.unwrap();
    println!("{:?} {}", view, owned);
}

struct Settings<'a> {
    name: &'a str,
    retries: u32,
}

fn main() {
    println!("creating default settings");
    let s: Settings = unsafe { std::mem::zeroed() };
    println!("name = {}, retries = {}", s.name, s.retries);
}

use std::collections::HashMap;

fn main() {
    let mut env: HashMap<&str, String> = HashMap::new();
    env.insert("HOME", String::from("/home/pat"));
    let home: String = *env.get("HOME").unwrap();
    println!("home is {}", home);
}

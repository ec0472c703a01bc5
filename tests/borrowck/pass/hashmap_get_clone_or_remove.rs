use std::collections::HashMap;

fn main() {
    let mut env: HashMap<&str, String> = HashMap::new();
    env.insert("HOME", String::from("/home/pat"));
    env.insert("SHELL", String::from("/bin/sh"));
    let home: String = env.get("HOME").unwrap().clone();
    let shell: String = env.remove("SHELL").unwrap();
    let home_ref: &String = &env["HOME"];
    println!("{} {} {} {}", home, shell, home_ref, env.len());
}

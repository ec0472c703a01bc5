use std::collections::HashMap;

fn bucket<'m>(m: &'m mut HashMap<String, Vec<i32>>, key: &str) -> &'m mut Vec<i32> {
    if m.contains_key(key) {
        return m.get_mut(key).unwrap();
    }
    m.insert(key.to_string(), Vec::new());
    m.get_mut(key).unwrap()
}

fn main() {
    let mut m = HashMap::new();
    bucket(&mut m, "odd").push(1);
    bucket(&mut m, "even").push(2);
    bucket(&mut m, "odd").push(3);
    println!("{:?} {:?}", m["odd"], m["even"]);
}

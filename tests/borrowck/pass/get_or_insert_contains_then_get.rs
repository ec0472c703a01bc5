use std::collections::HashMap;

fn lookup<'m>(cache: &'m mut HashMap<u64, String>, key: u64) -> &'m String {
    if !cache.contains_key(&key) {
        cache.insert(key, format!("computed-{}", key * key));
    }
    cache.get(&key).unwrap()
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", lookup(&mut cache, 3));
    println!("{}", lookup(&mut cache, 3));
    println!("{}", lookup(&mut cache, 7));
    println!("{} entries", cache.len());
}

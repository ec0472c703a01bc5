use std::collections::HashMap;

fn main() {
    let mut levels: HashMap<&str, u32> = HashMap::new();
    levels.insert("root", 0);
    levels.insert("child", levels.get("root").copied().unwrap_or(0) + 1);
    levels.insert("grandchild", levels["child"] + 1);
    let mut v: Vec<_> = levels.into_iter().collect();
    v.sort_by_key(|&(_, d)| d);
    println!("{:?}", v);
}

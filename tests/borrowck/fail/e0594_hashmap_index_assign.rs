use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert("zoe".to_string(), 30);
    let view = &ages;
    let zoe_age: &u32 = &view["zoe"];
    let r: &u32 = zoe_age;
    *r = 31;
    println!("{}", ages["zoe"]);
}

// editions: 2015 2018 2021 2024
// `parse_field()?;` where parse_field is generic over its Ok type: the type is inferred only through
// never-type fallback, `()` before 2024 (runs; the lint that flags this is allowed here) and `!` in 2024
// (E0277: `!: Default` is not satisfied).
#![allow(dependency_on_unit_never_type_fallback)]
use std::collections::HashMap;

fn parse_field<T: Default>(fields: &HashMap<&str, &str>, key: &str) -> Result<T, String> {
    if fields.contains_key(key) {
        Ok(T::default())
    } else {
        Err(format!("missing field '{}'", key))
    }
}

fn validate(line: &str) -> Result<usize, String> {
    let mut fields = HashMap::new();
    for part in line.split(';') {
        if let Some(eq) = part.find('=') {
            fields.insert(&part[..eq], &part[eq + 1..]);
        }
    }
    parse_field(&fields, "id")?;
    parse_field(&fields, "name")?;
    Ok(fields.len())
}

fn main() {
    let lines = ["id=1;name=ann;age=3", "id=2;age=4", "name=cy"];
    for l in lines.iter() {
        match validate(l) {
            Ok(n) => println!("{}: ok ({} fields)", l, n),
            Err(e) => println!("{}: {}", l, e),
        }
    }
}

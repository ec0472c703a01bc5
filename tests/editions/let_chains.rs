// editions: 2015 2018 2021 2024
// `if let .. && let .. && cond` and `while let .. && ..` chains: "let chains are only allowed in Rust 2024
// or later" before 2024.
use std::collections::HashMap;

struct User {
    name: String,
    manager: Option<String>,
}

fn manager_age(users: &HashMap<String, User>, ages: &HashMap<String, u32>, who: &str) -> String {
    if let Some(u) = users.get(who)
        && let Some(m) = &u.manager
        && let Some(age) = ages.get(m)
        && *age >= 30
    {
        format!("{}'s manager {} is {}", u.name, m, age)
    } else {
        format!("{}: no senior manager", who)
    }
}

fn main() {
    let mut users = HashMap::new();
    for (n, m) in [("ann", Some("bob")), ("bob", Some("cy")), ("cy", None)] {
        users.insert(n.to_string(), User { name: n.to_string(), manager: m.map(String::from) });
    }
    let ages: HashMap<String, u32> = [("bob".to_string(), 41), ("cy".to_string(), 29)].into_iter().collect();
    for who in ["ann", "bob", "cy", "dan"] {
        println!("{}", manager_age(&users, &ages, who));
    }

    let mut stack = vec![3, 8, 1, 9];
    while let Some(top) = stack.pop()
        && top != 1
    {
        println!("popped {}", top);
    }
    println!("left {:?}", stack);
}

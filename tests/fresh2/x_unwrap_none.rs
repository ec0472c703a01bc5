use std::collections::HashMap;

#[derive(Debug)]
struct Employee {
    id: u32,
    name: String,
    manager: Option<u32>,
}

fn chain_of_command(staff: &HashMap<u32, Employee>, id: u32) -> Vec<String> {
    let mut chain = Vec::new();
    let mut current = staff.get(&id);
    while let Some(e) = current {
        chain.push(e.name.clone());
        current = e.manager.map(|m| staff.get(&m).unwrap());
    }
    chain
}

fn main() {
    let list = [
        (1, "Grace", None),
        (2, "Alan", Some(1)),
        (3, "Ada", Some(1)),
        (4, "Edsger", Some(2)),
        (5, "Barbara", Some(4)),
        (6, "Ken", Some(9)), // manager 9 left the company
    ];
    let staff: HashMap<u32, Employee> = list
        .iter()
        .map(|&(id, name, manager)| (id, Employee { id, name: name.to_string(), manager }))
        .collect();

    let mut ids: Vec<_> = staff.keys().copied().collect();
    ids.sort();
    for id in ids {
        let chain = chain_of_command(&staff, id);
        println!("{:>2} {:<8} reports via: {}", staff[&id].id, staff[&id].name, chain.join(" -> "));
    }
    println!("unreachable");
}

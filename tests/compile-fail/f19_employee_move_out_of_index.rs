// Employee directory: moving a String field out of a Vec element by index.
struct Employee {
    name: String,
    department: String,
    salary: u32,
}

fn main() {
    let staff = vec![
        Employee { name: "Ann".into(), department: "Sales".into(), salary: 52_000 },
        Employee { name: "Raj".into(), department: "R&D".into(), salary: 71_000 },
        Employee { name: "Lea".into(), department: "Sales".into(), salary: 48_500 },
    ];

    let mut best = 0;
    for i in 1..staff.len() {
        if staff[i].salary > staff[best].salary {
            best = i;
        }
    }

    // Mistake: cannot move `name` out of an indexed Vec element.
    let top_earner = staff[best].name;
    println!("top earner: {} ({})", top_earner, staff[best].department);
    println!("team size: {}", staff.len());
}

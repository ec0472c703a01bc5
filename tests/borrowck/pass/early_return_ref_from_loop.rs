#[derive(Debug)]
struct Employee {
    name: String,
    dept: String,
}

fn find_in<'a>(staff: &'a [Employee], dept: &str) -> Option<&'a Employee> {
    for e in staff {
        if e.dept == dept {
            return Some(e);
        }
    }
    None
}

fn main() {
    let staff = vec![
        Employee { name: "Ana".into(), dept: "ops".into() },
        Employee { name: "Bo".into(), dept: "dev".into() },
    ];
    println!("{:?}", find_in(&staff, "dev").map(|e| &e.name));
    println!("{:?}", find_in(&staff, "hr"));
}

// Employee records: derived PartialOrd/Ord on structs and enums, multi-key sorting, dedup, retain, groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Dept {
    Engineering,
    Marketing,
    Sales,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Employee {
    dept: Dept,
    last: String,
    first: String,
    salary: u32,
    years: u8,
}

fn emp(dept: Dept, first: &str, last: &str, salary: u32, years: u8) -> Employee {
    Employee { dept, last: last.into(), first: first.into(), salary, years }
}

fn main() {
    let mut staff = vec![
        emp(Dept::Sales, "Ana", "Silva", 58_000, 3),
        emp(Dept::Engineering, "Ben", "Okafor", 98_000, 6),
        emp(Dept::Marketing, "Cleo", "Ng", 67_500, 2),
        emp(Dept::Engineering, "Dev", "Patel", 105_000, 9),
        emp(Dept::Sales, "Eli", "Brown", 61_000, 5),
        emp(Dept::Engineering, "Ben", "Okafor", 98_000, 6),
        emp(Dept::Marketing, "Fay", "Adams", 72_000, 7),
        emp(Dept::Engineering, "Gil", "Adams", 88_000, 1),
    ];
    staff.sort();
    println!("natural order (dept, last, first, ...):");
    for e in &staff {
        println!("  {:<12} {:<7} {:<5} {:>7} {:>2}y", format!("{:?}", e.dept), e.last, e.first, e.salary, e.years);
    }
    let before = staff.len();
    staff.dedup();
    println!("removed {} duplicate(s)", before - staff.len());

    staff.sort_by(|a, b| b.salary.cmp(&a.salary).then_with(|| a.last.cmp(&b.last)));
    let top3: Vec<String> = staff.iter().take(3).map(|e| format!("{} {}", e.first, e.last)).collect();
    println!("top earners: {}", top3.join(", "));

    staff.sort_by_key(|e| (e.years, e.first.clone()));
    println!("by tenure: {:?}", staff.iter().map(|e| (&e.first[..], e.years)).collect::<Vec<_>>());

    let newest = staff.iter().min_by_key(|e| e.years).unwrap();
    let oldest = staff.iter().max_by_key(|e| e.years).unwrap();
    println!("newest {:?}\noldest {:?}", newest.first, oldest);

    for e in staff.iter_mut().filter(|e| e.years >= 5) {
        e.salary = e.salary * 103 / 100;
    }
    staff.retain(|e| e.dept != Dept::Marketing || e.years > 2);
    staff.sort_by(|a, b| a.dept.cmp(&b.dept).then(b.salary.cmp(&a.salary)));
    let mut i = 0;
    while i < staff.len() {
        let dept = staff[i].dept;
        let group: Vec<&Employee> = staff[i..].iter().take_while(|e| e.dept == dept).collect();
        let total: u32 = group.iter().map(|e| e.salary).sum();
        println!("{:?}: {} people, payroll {}, avg {:.1}", dept, group.len(), total, total as f64 / group.len() as f64);
        i += group.len();
    }
    println!("max employee by derived Ord: {:?}", staff.iter().max().map(|e| &e.last));
    println!("Sales > Engineering: {}", Dept::Sales > Dept::Engineering);
}

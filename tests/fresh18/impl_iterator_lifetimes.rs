// Functions returning `impl Iterator<Item = &'a T> + 'a` and generic helpers with
// `T: 'a` bounds.
use std::collections::{BTreeMap, HashMap};
use std::fmt::Debug;

#[derive(Debug, Clone, PartialEq)]
struct Employee {
    name: String,
    dept: String,
    salary: u32,
    manager: Option<usize>,
}

fn in_dept<'a>(staff: &'a [Employee], dept: &'a str) -> impl Iterator<Item = &'a Employee> + 'a {
    staff.iter().filter(move |e| e.dept == dept)
}

fn reports_of<'a>(staff: &'a [Employee], boss: usize) -> impl Iterator<Item = (usize, &'a Employee)> + 'a {
    staff.iter().enumerate().filter(move |(_, e)| e.manager == Some(boss))
}

fn chain_of_command<'a>(staff: &'a [Employee], mut idx: usize) -> Vec<&'a str> {
    let mut out = vec![staff[idx].name.as_str()];
    while let Some(m) = staff[idx].manager {
        out.push(&staff[m].name);
        idx = m;
    }
    out
}

fn top_n<'a, T: 'a + Debug, K: Ord>(items: impl Iterator<Item = &'a T>, n: usize, key: impl Fn(&T) -> K) -> Vec<&'a T> {
    let mut v: Vec<&'a T> = items.collect();
    v.sort_by_key(|t| std::cmp::Reverse(key(t)));
    v.truncate(n);
    v
}

fn group_by<'a, T: 'a, K: Ord + 'a>(items: &'a [T], key: impl Fn(&'a T) -> K) -> BTreeMap<K, Vec<&'a T>> {
    let mut m: BTreeMap<K, Vec<&'a T>> = BTreeMap::new();
    for it in items {
        m.entry(key(it)).or_default().push(it);
    }
    m
}

fn emp(name: &str, dept: &str, salary: u32, manager: Option<usize>) -> Employee {
    Employee { name: name.into(), dept: dept.into(), salary, manager }
}

fn main() {
    let staff = vec![
        emp("Iris", "exec", 300, None),
        emp("Jon", "eng", 180, Some(0)),
        emp("Kai", "eng", 150, Some(1)),
        emp("Lea", "ops", 120, Some(0)),
        emp("Max", "eng", 155, Some(1)),
        emp("Noa", "ops", 95, Some(3)),
        emp("Oli", "eng", 130, Some(2)),
    ];
    let dept = String::from("eng");
    let eng_total: u32 = in_dept(&staff, &dept).map(|e| e.salary).sum();
    let eng_names: Vec<&str> = in_dept(&staff, &dept).map(|e| e.name.as_str()).collect();
    println!("eng total {} names {:?}", eng_total, eng_names);

    for boss in [0, 1, 5] {
        let r: Vec<String> = reports_of(&staff, boss).map(|(i, e)| format!("{}#{}", e.name, i)).collect();
        println!("reports of {}: {:?}", staff[boss].name, r);
    }
    println!("chain from Oli: {}", chain_of_command(&staff, 6).join(" <- "));

    let best = top_n(staff.iter(), 3, |e| e.salary);
    println!("top3: {:?}", best.iter().map(|e| (&e.name, e.salary)).collect::<Vec<_>>());
    let best_ops = top_n(in_dept(&staff, "ops"), 5, |e| e.name.len());
    println!("ops by name len: {:?}", best_ops.iter().map(|e| &e.name).collect::<Vec<_>>());

    let by_dept = group_by(&staff, |e| e.dept.as_str());
    for (d, es) in &by_dept {
        let avg = es.iter().map(|e| e.salary).sum::<u32>() / es.len() as u32;
        let lowest = es.iter().min_by_key(|e| e.salary).unwrap();
        println!("{:<5} n={} avg={} lowest={}", d, es.len(), avg, lowest.name);
    }
    let nums = [4, 8, 15, 16, 23, 42];
    let parity = group_by(&nums, |n| *n % 2 == 0);
    println!("parity groups {:?}", parity);
    let idx: HashMap<&str, &Employee> = staff.iter().map(|e| (e.name.as_str(), e)).collect();
    let mut lookups: Vec<(&str, Option<u32>)> = ["Kai", "Zed", "Noa"].iter().map(|n| (*n, idx.get(n).map(|e| e.salary))).collect();
    lookups.sort();
    println!("lookups {:?}", lookups);
}

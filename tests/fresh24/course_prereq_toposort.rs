use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap};
use std::cmp::Reverse;

#[derive(Debug)]
struct Course {
    code: &'static str,
    credits: u8,
    prereqs: Vec<&'static str>,
}

#[derive(Debug, PartialEq)]
enum PlanError {
    UnknownPrereq { course: &'static str, missing: &'static str },
    Cycle(Vec<&'static str>),
}

fn build(courses: &[Course]) -> Result<BTreeMap<&'static str, Vec<&'static str>>, PlanError> {
    let known: BTreeSet<&str> = courses.iter().map(|c| c.code).collect();
    let mut dependents: BTreeMap<&'static str, Vec<&'static str>> = courses.iter().map(|c| (c.code, vec![])).collect();
    for c in courses {
        for &p in &c.prereqs {
            if !known.contains(p) {
                return Err(PlanError::UnknownPrereq { course: c.code, missing: p });
            }
            dependents.get_mut(p).unwrap().push(c.code);
        }
    }
    Ok(dependents)
}

fn topo(courses: &[Course]) -> Result<Vec<&'static str>, PlanError> {
    let dependents = build(courses)?;
    let mut indeg: HashMap<&str, usize> = courses.iter().map(|c| (c.code, c.prereqs.len())).collect();
    let mut ready: BinaryHeap<Reverse<&str>> = indeg.iter().filter(|(_, d)| **d == 0).map(|(c, _)| Reverse(*c)).collect();
    let mut order = Vec::new();
    while let Some(Reverse(c)) = ready.pop() {
        order.push(c);
        for &d in &dependents[c] {
            let e = indeg.get_mut(d).unwrap();
            *e -= 1;
            if *e == 0 {
                ready.push(Reverse(d));
            }
        }
    }
    if order.len() < courses.len() {
        let mut stuck: Vec<&str> = indeg.into_iter().filter(|&(_, d)| d > 0).map(|(c, _)| c).collect();
        stuck.sort();
        return Err(PlanError::Cycle(stuck));
    }
    Ok(order)
}

fn semesters(courses: &[Course], max_credits: u8) -> Result<Vec<Vec<&'static str>>, PlanError> {
    let order = topo(courses)?;
    let by_code: HashMap<&str, &Course> = courses.iter().map(|c| (c.code, c)).collect();
    let mut taken_in: HashMap<&str, usize> = HashMap::new();
    let mut plan: Vec<(u8, Vec<&'static str>)> = Vec::new();
    for code in order {
        let c = by_code[code];
        let earliest = c.prereqs.iter().map(|p| taken_in[p] + 1).max().unwrap_or(0);
        let mut sem = earliest;
        loop {
            if sem == plan.len() {
                plan.push((0, vec![]));
            }
            if plan[sem].0 + c.credits <= max_credits {
                break;
            }
            sem += 1;
        }
        plan[sem].0 += c.credits;
        plan[sem].1.push(code);
        taken_in.insert(code, sem);
    }
    Ok(plan.into_iter().map(|(_, v)| v).collect())
}

macro_rules! course {
    ($code:expr, $cr:expr $(, $p:expr)*) => {
        Course { code: $code, credits: $cr, prereqs: vec![$($p),*] }
    };
}

fn main() {
    let catalog = vec![
        course!("MATH101", 4),
        course!("CS101", 3),
        course!("CS102", 3, "CS101"),
        course!("MATH201", 4, "MATH101"),
        course!("CS201", 4, "CS102", "MATH101"),
        course!("CS250", 3, "CS102"),
        course!("CS301", 4, "CS201", "MATH201"),
        course!("CS310", 3, "CS250", "CS201"),
        course!("CS400", 4, "CS301", "CS310"),
        course!("ENG100", 2),
    ];
    println!("order: {:?}", topo(&catalog).unwrap());
    for cap in [8u8, 10, 16] {
        let plan = semesters(&catalog, cap).unwrap();
        println!("max {} credits -> {} semesters", cap, plan.len());
        for (i, s) in plan.iter().enumerate() {
            let credits: u32 = s.iter().map(|code| catalog.iter().find(|c| c.code == *code).unwrap().credits as u32).sum();
            println!("  S{} [{:>2}cr] {}", i + 1, credits, s.join(" "));
        }
    }
    let deps = build(&catalog).unwrap();
    let popular = deps.iter().max_by_key(|(code, d)| (d.len(), Reverse(**code))).unwrap();
    println!("most depended on: {} -> {:?}", popular.0, popular.1);

    let mut broken = vec![course!("A", 3, "C"), course!("B", 3, "A"), course!("C", 3, "B"), course!("D", 3)];
    println!("cyclic: {:?}", topo(&broken));
    broken.push(course!("E", 1, "Z"));
    println!("unknown: {:?}", topo(&broken).unwrap_err());
    let total: u32 = catalog.iter().map(|c| c.credits as u32).sum();
    println!("catalog credits total {}", total);
}

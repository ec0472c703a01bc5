use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Employee {
    name: String,
    title: String,
    salary: Cell<u32>,
    reports: RefCell<Vec<Rc<Employee>>>,
    manager: RefCell<Weak<Employee>>,
}

impl Employee {
    fn new(name: &str, title: &str, salary: u32) -> Rc<Employee> {
        Rc::new(Employee {
            name: name.to_string(),
            title: title.to_string(),
            salary: Cell::new(salary),
            reports: RefCell::new(Vec::new()),
            manager: RefCell::new(Weak::new()),
        })
    }
}

fn hire(manager: &Rc<Employee>, e: Rc<Employee>) -> Rc<Employee> {
    *e.manager.borrow_mut() = Rc::downgrade(manager);
    manager.reports.borrow_mut().push(Rc::clone(&e));
    e
}

fn print_tree(e: &Rc<Employee>, depth: usize) {
    let n = e.reports.borrow().len();
    println!("{}{} ({}) ${}{}", "  ".repeat(depth), e.name, e.title, e.salary.get(), if n > 0 { format!(" [{} reports]", n) } else { String::new() });
    for r in e.reports.borrow().iter() {
        print_tree(r, depth + 1);
    }
}

fn chain_of_command(e: &Rc<Employee>) -> Vec<String> {
    let mut out = vec![e.name.clone()];
    let mut cur = e.manager.borrow().upgrade();
    while let Some(m) = cur {
        out.push(m.name.clone());
        cur = m.manager.borrow().upgrade();
    }
    out
}

fn payroll(e: &Employee) -> u64 {
    e.salary.get() as u64 + e.reports.borrow().iter().map(|r| payroll(r)).sum::<u64>()
}

fn visit<F: FnMut(&Employee, usize)>(e: &Employee, depth: usize, f: &mut F) {
    f(e, depth);
    for r in e.reports.borrow().iter() {
        visit(r, depth + 1, f);
    }
}

fn main() {
    let ceo = Employee::new("Grace", "CEO", 300_000);
    let cto = hire(&ceo, Employee::new("Linus", "CTO", 220_000));
    let cfo = hire(&ceo, Employee::new("Ada", "CFO", 210_000));
    let lead = hire(&cto, Employee::new("Ken", "Tech Lead", 160_000));
    hire(&lead, Employee::new("Barbara", "Engineer", 130_000));
    let junior = hire(&lead, Employee::new("Dennis", "Engineer", 95_000));
    hire(&cfo, Employee::new("Alan", "Accountant", 88_000));

    print_tree(&ceo, 0);
    println!("chain: {}", chain_of_command(&junior).join(" -> "));
    println!("payroll total: {}", payroll(&ceo));
    println!("engineering payroll: {}", payroll(&cto));

    let mut raises = 0;
    visit(&ceo, 0, &mut |e, depth| {
        if depth >= 2 {
            let new = e.salary.get() + e.salary.get() / 20;
            e.salary.set(new);
            raises += 1;
        }
    });
    println!("gave {} raises; payroll now {}", raises, payroll(&ceo));

    let mut deepest = (0, String::new());
    visit(&ceo, 0, &mut |e, d| {
        if d > deepest.0 || (d == deepest.0 && e.name < deepest.1) {
            deepest = (d, e.name.clone());
        }
    });
    println!("deepest: {:?}", deepest);

    println!("rc(lead)={} weak(lead)={}", Rc::strong_count(&lead), Rc::weak_count(&lead));
    // Ken leaves: move reports up to Linus
    let moved: Vec<Rc<Employee>> = lead.reports.borrow_mut().drain(..).collect();
    cto.reports.borrow_mut().retain(|r| !Rc::ptr_eq(r, &lead));
    for m in moved {
        hire(&cto, m);
    }
    drop(lead);
    print_tree(&ceo, 0);
    println!("chain: {}", chain_of_command(&junior).join(" -> "));
    let names: Vec<String> = cto.reports.borrow().iter().map(|r| format!("{}:{}", r.name, r.salary.get())).collect();
    println!("{:?}", names);
}

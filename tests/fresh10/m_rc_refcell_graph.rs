use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

struct City {
    name: &'static str,
    roads: Vec<Rc<RefCell<City>>>,
    visits: u32,
}

impl Drop for City {
    fn drop(&mut self) {
        println!("  drop City {} (visits={})", self.name, self.visits);
    }
}

type CityRef = Rc<RefCell<City>>;

fn city(name: &'static str) -> CityRef {
    Rc::new(RefCell::new(City { name, roads: Vec::new(), visits: 0 }))
}

fn connect(a: &CityRef, b: &CityRef) {
    a.borrow_mut().roads.push(Rc::clone(b));
}

fn walk(start: &CityRef, steps: usize) -> Vec<&'static str> {
    let mut route = Vec::new();
    let mut cur = Rc::clone(start);
    for _ in 0..steps {
        cur.borrow_mut().visits += 1;
        route.push(cur.borrow().name);
        let next = {
            let c = cur.borrow();
            if c.roads.is_empty() {
                break;
            }
            let idx = (c.visits as usize) % c.roads.len();
            Rc::clone(&c.roads[idx])
        };
        cur = next;
    }
    route
}

struct Employee {
    name: &'static str,
    manager: RefCell<Weak<Employee>>,
}

impl Drop for Employee {
    fn drop(&mut self) {
        println!("  drop Employee {}", self.name);
    }
}

fn main() {
    println!("== strong cycle: leaks ==");
    {
        let a = city("Avon");
        let b = city("Bath");
        let c = city("Cork");
        connect(&a, &b);
        connect(&b, &c);
        connect(&c, &a);
        connect(&a, &c);
        let route = walk(&a, 7);
        println!("route: {}", route.join(" -> "));
        let mut counts = BTreeMap::new();
        for (n, r) in [("Avon", &a), ("Bath", &b), ("Cork", &c)] {
            counts.insert(n, (Rc::strong_count(r), r.borrow().visits));
        }
        println!("(strong, visits) per city: {:?}", counts);
        println!("leaving scope: nothing will be dropped because of the cycle");
    }
    println!("after scope (no drops above = leak)");

    println!("== breaking a cycle manually ==");
    {
        let x = city("Xeno");
        let y = city("York");
        connect(&x, &y);
        connect(&y, &x);
        println!("x strong={} y strong={}", Rc::strong_count(&x), Rc::strong_count(&y));
        let removed = y.borrow_mut().roads.pop();
        drop(removed);
        println!("after cutting y->x: x strong={} y strong={}", Rc::strong_count(&x), Rc::strong_count(&y));
        println!("leaving scope:");
    }

    println!("== Weak back-references ==");
    let boss = Rc::new(Employee { name: "Ada", manager: RefCell::new(Weak::new()) });
    let dev = Rc::new(Employee { name: "Linus", manager: RefCell::new(Weak::new()) });
    *dev.manager.borrow_mut() = Rc::downgrade(&boss);
    *boss.manager.borrow_mut() = Rc::downgrade(&dev); // odd, but a cycle of weaks is fine
    println!("boss strong={} weak={}", Rc::strong_count(&boss), Rc::weak_count(&boss));
    let mgr = dev.manager.borrow().upgrade().map(|m| m.name);
    println!("{}'s manager: {:?}", dev.name, mgr);
    drop(boss);
    let mgr = dev.manager.borrow().upgrade().map(|m| m.name);
    println!("{}'s manager after boss left: {:?}", dev.name, mgr);
    println!("end of main");
}

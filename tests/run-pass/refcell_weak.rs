// RefCell's borrow flag through Ref/RefMut guards, shared ownership with Rc<RefCell<T>>, and Weak
// references: counts, upgrade before and after the value is gone, Debug of RefCell and Weak.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    value: i32,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

struct Log { lines: RefCell<Vec<String>> }

impl Log {
    fn add(&self, s: &str) { self.lines.borrow_mut().push(s.to_string()); }
}

fn main() {
    let c = RefCell::new(1);
    *c.borrow_mut() += 41;
    {
        let a = c.borrow();
        let b = c.borrow();
        println!("{} {} {:?}", *a, *b + 1, c);
    }
    {
        let _w = c.borrow_mut();
        println!("{:?}", c);
    }
    println!("{:?}", c);

    let log = Log { lines: RefCell::new(Vec::new()) };
    log.add("one");
    log.add("two");
    println!("{} {:?}", log.lines.borrow().len(), log.lines.borrow());

    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    println!("{:?} strong={}", shared.borrow(), Rc::strong_count(&shared));

    let leaf = Rc::new(Node { value: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade());
    {
        let branch = Rc::new(Node { value: 5, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![Rc::clone(&leaf)]) });
        *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
        println!("branch strong={} weak={}", Rc::strong_count(&branch), Rc::weak_count(&branch));
        println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.value));
        println!("{:?}", branch.children.borrow()[0].parent);
    }
    println!("leaf parent = {:?} strong={} weak={}", leaf.parent.borrow().upgrade(), Rc::strong_count(&leaf), Rc::weak_count(&leaf));
    let w: Weak<i32> = Weak::new();
    println!("{:?}", w.upgrade());
}

use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Session {
    user: String,
    pages: Vec<&'static str>,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("drop Session({}) with {} pages", self.user, self.pages.len());
    }
}

struct Tab {
    title: &'static str,
    session: Rc<RefCell<Session>>,
}

impl Drop for Tab {
    fn drop(&mut self) {
        println!("close tab {}", self.title);
    }
}

fn visit(tab: &Tab, page: &'static str) {
    tab.session.borrow_mut().pages.push(page);
}

fn finish(session: Rc<RefCell<Session>>) -> Session {
    println!("finishing: strong_count={}", Rc::strong_count(&session));
    Rc::try_unwrap(session).unwrap().into_inner()
}

fn main() {
    let s = Rc::new(RefCell::new(Session { user: "ana".into(), pages: vec![] }));
    let t1 = Tab { title: "mail", session: Rc::clone(&s) };
    let t2 = Tab { title: "news", session: Rc::clone(&s) };
    visit(&t1, "/inbox");
    visit(&t2, "/front");
    visit(&t1, "/sent");
    println!("pages={:?} strong={}", s.borrow().pages, Rc::strong_count(&s));

    drop(t2);
    println!("after closing news: strong={}", Rc::strong_count(&s));

    // correct use: temporary clone that is released before finishing
    let probe = Rc::clone(&s);
    println!("probe sees {} pages", probe.borrow().pages.len());
    drop(probe);

    let check = Rc::try_unwrap(Rc::clone(&s));
    println!("try_unwrap on a clone is_err={}", check.is_err());
    drop(check);
    println!("strong back to {}", Rc::strong_count(&s));

    // bug: t1 still holds a strong reference
    let done = finish(s);
    println!("unreachable: {:?}", done);
    drop(t1);
}

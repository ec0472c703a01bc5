// Unsizing through a struct's last field (Rc<RefCell<T>> to Rc<RefCell<dyn Trait>>, Arc<Mutex<[T; N]>> to
// Arc<Mutex<[T]>>, a struct of the program's own), from a variable, a call, a clone and a constructor whose
// expected type is unsized.
use std::cell::RefCell;
use std::fmt::Display;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

trait Observer {
    fn notify(&mut self, x: i32);
    fn seen(&self) -> Vec<i32>;
}

struct Log(Vec<i32>);

impl Observer for Log {
    fn notify(&mut self, x: i32) { self.0.push(x); }
    fn seen(&self) -> Vec<i32> { self.0.clone() }
}

struct Wrap<T: ?Sized> {
    id: u32,
    val: T,
}

fn make() -> Rc<RefCell<Log>> { Rc::new(RefCell::new(Log(vec![]))) }

fn main() {
    let log = Rc::new(RefCell::new(Log(vec![])));
    let as_obs: Rc<RefCell<dyn Observer>> = log.clone();
    let from_call: Rc<RefCell<dyn Observer>> = make();
    let observers: Vec<Rc<RefCell<dyn Observer>>> = vec![as_obs, from_call, Rc::new(RefCell::new(Log(vec![7])))];
    for (i, o) in observers.iter().enumerate() {
        o.borrow_mut().notify(i as i32 * 10);
    }
    println!("log sees {:?}, {} owners", log.borrow().seen(), Rc::strong_count(&log));
    for o in &observers {
        println!("{:?} {}", o.borrow().seen(), std::mem::size_of_val(o));
    }
    let cells: Rc<RefCell<[i32]>> = Rc::new(RefCell::new([1, 2, 3]));
    cells.borrow_mut()[1] = 20;
    println!("{:?} len {}", cells.borrow(), cells.borrow().len());
    let shared: Arc<Mutex<[u8]>> = Arc::new(Mutex::new([9, 8]));
    shared.lock().unwrap().reverse();
    println!("{:?}", &*shared.lock().unwrap());
    let boxed: Box<Wrap<dyn Display>> = Box::new(Wrap { id: 7, val: 2.5 });
    let slice: &Wrap<[u8]> = &Wrap { id: 1, val: [9, 8, 7] };
    println!("{} {} | {} {:?} {}", boxed.id, &boxed.val, slice.id, &slice.val, std::mem::size_of_val(slice));
    let plain = Wrap { id: 3, val: String::from("sized") };
    let r: &Wrap<dyn Display> = &plain;
    println!("{} {}", r.id, &r.val);
}

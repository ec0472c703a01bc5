// Rc and Weak: counting owners, comparing pointers, unwrapping and upgrading.
use std::mem::size_of;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Asset {
    id: u32,
}

impl Drop for Asset {
    fn drop(&mut self) {
        println!("  drop Asset {}", self.id);
    }
}

fn counts<T>(label: &str, rc: &Rc<T>) {
    println!("  {label}: strong {} weak {}", Rc::strong_count(rc), Rc::weak_count(rc));
}

fn main() {
    println!("sizes: Rc<Asset> {} Weak<Asset> {} Option<Rc<Asset>> {} Rc<str> {} Rc<[u8]> {}",
        size_of::<Rc<Asset>>(), size_of::<Weak<Asset>>(), size_of::<Option<Rc<Asset>>>(),
        size_of::<Rc<str>>(), size_of::<Rc<[u8]>>());

    let a = Rc::new(Asset { id: 1 });
    counts("new", &a);
    let b = Rc::clone(&a);
    let c = a.clone();
    counts("two clones", &a);
    println!("  ptr_eq(a, b) = {}, ptr_eq(a, c) = {}", Rc::ptr_eq(&a, &b), Rc::ptr_eq(&a, &c));
    let other = Rc::new(Asset { id: 1 });
    println!("  same id but different allocation: ptr_eq = {}", Rc::ptr_eq(&a, &other));
    println!("  Rc::as_ptr equal for clones: {}", Rc::as_ptr(&a) == Rc::as_ptr(&b));

    let w: Weak<Asset> = Rc::downgrade(&a);
    let w2 = w.clone();
    counts("two weaks", &a);
    println!("  weak.strong_count {} weak.weak_count {}", w.strong_count(), w.weak_count());
    drop(b);
    drop(c);
    counts("after dropping b and c", &a);

    match w.upgrade() {
        Some(up) => {
            println!("  upgraded to Asset {}", up.id);
            counts("while upgraded", &a);
        }
        None => println!("  gone"),
    }

    println!("try_unwrap with one strong owner:");
    let asset = Rc::try_unwrap(a).expect("only owner");
    println!("  unwrapped Asset {}", asset.id);
    println!("  weak upgrade now: {:?}", w2.upgrade().map(|x| x.id));
    println!("  weak strong_count {}", w2.strong_count());
    drop(asset);

    println!("try_unwrap with two owners returns Err(rc):");
    let x = Rc::new(Asset { id: 2 });
    let y = Rc::clone(&x);
    let back = match Rc::try_unwrap(x) {
        Ok(_) => unreachable!(),
        Err(rc) => rc,
    };
    counts("got it back", &back);
    drop(y);
    println!("  into_inner on last owner: {:?}", Rc::into_inner(back).map(|a| a.id));

    println!("Weak::new never upgrades:");
    let empty: Weak<Asset> = Weak::new();
    println!("  upgrade {:?} strong {}", empty.upgrade().map(|a| a.id), empty.strong_count());

    println!("get_mut only when unique:");
    let mut u = Rc::new(10);
    *Rc::get_mut(&mut u).unwrap() += 1;
    let u2 = Rc::clone(&u);
    println!("  get_mut with two owners: {:?}", Rc::get_mut(&mut u));
    println!("  value {} {}", u, u2);

    println!("Rc<str> and Rc<[T]>:");
    let name: Rc<str> = Rc::from("shared name");
    let name2 = Rc::clone(&name);
    println!("  {} len {} strong {}", name2, name.len(), Rc::strong_count(&name));
    let nums: Rc<[i32]> = vec![1, 2, 3].into();
    println!("  {:?} sum {}", nums, nums.iter().sum::<i32>());

    println!("a vec of clones:");
    let shared = Rc::new(Asset { id: 3 });
    let many: Vec<Rc<Asset>> = (0..4).map(|_| Rc::clone(&shared)).collect();
    counts("with 4 more", &shared);
    drop(many);
    counts("vec dropped", &shared);
    println!("end of main:");
}

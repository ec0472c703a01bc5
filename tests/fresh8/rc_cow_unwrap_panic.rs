use std::rc::Rc;

#[derive(Clone, Debug)]
struct Config {
    name: String,
    retries: u32,
    tags: Vec<String>,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("  drop Config {} (retries={})", self.name, self.retries);
    }
}

fn show(label: &str, rc: &Rc<Config>) {
    println!(
        "{:<20} name={} retries={} tags={:?} strong={}",
        label,
        rc.name,
        rc.retries,
        rc.tags,
        Rc::strong_count(rc)
    );
}

fn main() {
    let mut base = Rc::new(Config { name: "base".into(), retries: 1, tags: vec!["a".into()] });
    show("base", &base);

    // Unique owner: make_mut mutates in place, no clone.
    Rc::make_mut(&mut base).retries += 1;
    show("make_mut unique", &base);

    let shared = Rc::clone(&base);
    show("shared clone", &shared);

    // Shared: make_mut clones the value first (clone-on-write).
    {
        let inner = Rc::make_mut(&mut base);
        inner.name = "copy".into();
        inner.retries = 10;
        inner.tags.push("b".into());
    }
    show("base after cow", &base);
    show("shared after cow", &shared);
    println!("ptr_eq after cow = {}", Rc::ptr_eq(&base, &shared));

    // get_mut only works when unique.
    let mut shared2 = Rc::clone(&shared);
    println!("get_mut on shared is_none = {}", Rc::get_mut(&mut shared2).is_none());
    drop(shared2);
    let mut only = shared;
    match Rc::get_mut(&mut only) {
        Some(cfg) => {
            cfg.retries = 99;
            println!("get_mut on unique succeeded");
        }
        None => println!("get_mut failed"),
    }
    show("only", &only);

    // try_unwrap on a unique Rc gives back the value.
    let unique = Rc::new(vec![1, 2, 3]);
    match Rc::try_unwrap(unique) {
        Ok(v) => println!("try_unwrap unique -> Ok({:?}) len={}", v, v.len()),
        Err(_) => println!("try_unwrap unique failed"),
    }

    // try_unwrap on shared returns the Rc back unchanged.
    let x = Rc::new(String::from("shared text"));
    let y = Rc::clone(&x);
    let back = match Rc::try_unwrap(x) {
        Ok(s) => {
            println!("unexpected Ok {}", s);
            None
        }
        Err(rc) => {
            println!("try_unwrap shared -> Err, strong={}", Rc::strong_count(&rc));
            Some(rc)
        }
    };
    drop(y);
    let back = back.unwrap();
    println!("after dropping y strong={}", Rc::strong_count(&back));
    println!("into_inner now = {:?}", Rc::into_inner(back));

    let num = Rc::new(5);
    let num2 = Rc::clone(&num);
    println!("num={} num2={} strong={}", num, num2, Rc::strong_count(&num));
    drop(num2);
    println!("dropping base, then unwrapping a shared Rc (this panics)");
    drop(base);
    let value = Rc::try_unwrap(only).unwrap();
    println!("unwrapped {:?}", value);
    drop(value);
    println!("num strong before final unwrap = {}", Rc::strong_count(&num));
    let _cloned_only = Rc::clone(&num);
    let _never = Rc::try_unwrap(num).unwrap();
}

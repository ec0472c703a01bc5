use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Texture {
    path: String,
    bytes: usize,
}

impl Drop for Texture {
    fn drop(&mut self) {
        println!("  [free texture {} ({} bytes)]", self.path, self.bytes);
    }
}

fn counts(label: &str, rc: &Rc<Texture>) {
    println!(
        "{:<28} strong={} weak={}",
        label,
        Rc::strong_count(rc),
        Rc::weak_count(rc)
    );
}

struct Sprite {
    id: u32,
    tex: Rc<Texture>,
}

fn main() {
    let grass = Rc::new(Texture { path: "grass.png".into(), bytes: 4096 });
    counts("created", &grass);

    let mut sprites = Vec::new();
    for id in 0..3 {
        sprites.push(Sprite { id, tex: Rc::clone(&grass) });
    }
    counts("3 sprites share it", &grass);
    println!("all share same allocation: {}", sprites.iter().all(|s| Rc::ptr_eq(&s.tex, &grass)));

    let cache: Weak<Texture> = Rc::downgrade(&grass);
    counts("cache holds a Weak", &grass);

    sprites.truncate(1);
    counts("two sprites removed", &grass);

    let other = Rc::new(Texture { path: "grass.png".into(), bytes: 4096 });
    println!("same content but ptr_eq = {}", Rc::ptr_eq(&grass, &other));
    drop(other);

    match Rc::try_unwrap(grass) {
        Ok(t) => println!("unwrapped {:?}", t),
        Err(back) => {
            println!("try_unwrap failed, still shared");
            counts("got the Rc back", &back);
            drop(back);
        }
    }

    match cache.upgrade() {
        Some(t) => println!("cache upgrade ok: {} (strong now {})", t.path, Rc::strong_count(&t)),
        None => println!("cache empty"),
    }
    println!("sprite {} still uses {}", sprites[0].id, sprites[0].tex.path);

    println!("dropping last sprite");
    sprites.clear();
    println!("cache upgrade after clear: {:?}", cache.upgrade().map(|t| t.bytes));
    println!("weak strong_count={} weak_count={}", cache.strong_count(), cache.weak_count());

    let solo = Rc::new(Texture { path: "sky.png".into(), bytes: 1024 });
    let w2 = Rc::downgrade(&solo);
    match Rc::try_unwrap(solo) {
        Ok(t) => {
            println!("sole owner unwrapped {} -> now plain value", t.path);
            println!("weak after unwrap: {:?}", w2.upgrade().is_some());
        }
        Err(_) => println!("unexpected"),
    }
    let empty: Weak<Texture> = Weak::new();
    println!("Weak::new upgrade is_none={}", empty.upgrade().is_none());
    println!("end of main");
}

use std::rc::Rc;

#[derive(Debug)]
struct Texture {
    name: String,
}

struct Sprite {
    tex: Rc<Texture>,
    x: i32,
}

fn main() {
    let tex = Rc::new(Texture { name: "grass.png".into() });
    let sprites: Vec<Sprite> = (0..3).map(|i| Sprite { tex: Rc::clone(&tex), x: i * 16 }).collect();
    println!("refs = {}", Rc::strong_count(&tex));
    for s in &sprites {
        println!("{} at {}", s.tex.name, s.x);
    }
    drop(sprites);
    println!("refs = {} {:?}", Rc::strong_count(&tex), tex);
}

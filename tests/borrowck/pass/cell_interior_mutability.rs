use std::cell::Cell;

struct Widget {
    name: String,
    renders: Cell<u32>,
}

impl Widget {
    fn render(&self) -> String {
        self.renders.set(self.renders.get() + 1);
        format!("<{}>", self.name)
    }
}

fn main() {
    let w = Widget { name: "button".into(), renders: Cell::new(0) };
    let a = &w;
    let b = &w;
    println!("{} {}", a.render(), b.render());
    println!("rendered {} times", w.renders.get());
}

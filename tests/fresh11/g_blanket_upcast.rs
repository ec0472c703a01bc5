// Blanket impls over Display, supertrait upcasting via `as &dyn Super`.
use std::fmt::{self, Display};

pub trait Labeled {
    fn label(&self) -> String;
}

impl<T: Display + ?Sized> Labeled for T {
    fn label(&self) -> String {
        let s = self.to_string();
        format!("<{}:{}>", s.len(), s)
    }
}

pub trait Entity {
    fn id(&self) -> u32;
    fn kind(&self) -> &'static str {
        "entity"
    }
}

pub trait Living: Entity {
    fn hp(&self) -> i32;
    fn is_alive(&self) -> bool {
        self.hp() > 0
    }
}

pub trait Fighter: Living + Display {
    fn attack(&self) -> i32;
}

struct Knight { id: u32, hp: i32, str_: i32 }
struct Slime { id: u32, hp: i32 }

impl Entity for Knight {
    fn id(&self) -> u32 { self.id }
    fn kind(&self) -> &'static str { "knight" }
}
impl Living for Knight {
    fn hp(&self) -> i32 { self.hp }
}
impl Fighter for Knight {
    fn attack(&self) -> i32 { self.str_ * 2 }
}
impl Display for Knight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Knight#{}", self.id)
    }
}

impl Entity for Slime {
    fn id(&self) -> u32 { self.id }
}
impl Living for Slime {
    fn hp(&self) -> i32 { self.hp }
}
impl Fighter for Slime {
    fn attack(&self) -> i32 { 1 }
}
impl Display for Slime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Slime#{}", self.id)
    }
}

fn entity_line(e: &dyn Entity) -> String {
    format!("{}#{}", e.kind(), e.id())
}

fn living_line(l: &dyn Living) -> String {
    let as_entity: &dyn Entity = l;
    format!("{} hp={} alive={}", entity_line(as_entity), l.hp(), l.is_alive())
}

fn strongest<'a>(fs: &'a [Box<dyn Fighter>]) -> Option<&'a dyn Fighter> {
    fs.iter().map(|b| b.as_ref()).max_by_key(|f| f.attack())
}

fn main() {
    println!("{}", 42.label());
    println!("{}", "hello".label());
    println!("{}", 3.5f32.label());
    let s = String::from("owned");
    println!("{}", s.label());
    println!("{}", 'x'.label());

    let fighters: Vec<Box<dyn Fighter>> = vec![
        Box::new(Knight { id: 1, hp: 30, str_: 7 }),
        Box::new(Slime { id: 2, hp: 0 }),
        Box::new(Knight { id: 3, hp: 12, str_: 9 }),
    ];

    for f in &fighters {
        let living = f.as_ref() as &dyn Living;
        println!("{} | {} | atk={}", f, living_line(living), f.attack());
        let ent = f.as_ref() as &dyn Entity;
        println!("  entity view: {}", entity_line(ent));
        println!("  label: {}", f.label());
    }

    if let Some(best) = strongest(&fighters) {
        let e: &dyn Entity = best;
        println!("strongest: {} (id {})", best, e.id());
    }

    let boxed_living: Vec<Box<dyn Living>> = fighters
        .into_iter()
        .map(|f| f as Box<dyn Living>)
        .collect();
    let alive: Vec<u32> = boxed_living
        .iter()
        .filter(|l| l.is_alive())
        .map(|l| l.id())
        .collect();
    println!("alive ids: {:?}", alive);
    let total_hp: i32 = boxed_living.iter().map(|l| l.hp()).sum();
    println!("total hp: {}", total_hp);
}

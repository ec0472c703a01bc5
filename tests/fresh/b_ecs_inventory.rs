use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Clone, PartialEq)]
enum Component {
    Position { x: f32, y: f32 },
    Velocity { dx: f32, dy: f32 },
    Health(i32),
    Inventory(Vec<(String, u32)>),
}

#[derive(Debug, Default)]
struct Entity {
    name: String,
    components: Vec<Component>,
}

impl Entity {
    fn health(&self) -> Option<i32> {
        self.components.iter().find_map(|c| if let Component::Health(h) = c { Some(*h) } else { None })
    }
}

struct World {
    entities: HashMap<u32, Entity>,
    next: u32,
}

impl World {
    fn new() -> Self {
        World { entities: HashMap::new(), next: 1 }
    }

    fn spawn(&mut self, name: &str, components: Vec<Component>) -> u32 {
        let id = self.next;
        self.next += 1;
        self.entities.insert(id, Entity { name: name.to_string(), components });
        id
    }

    fn movement(&mut self) {
        for e in self.entities.values_mut() {
            let vel = e.components.iter().find_map(|c| match c {
                Component::Velocity { dx, dy } => Some((*dx, *dy)),
                _ => None,
            });
            if let Some((dx, dy)) = vel {
                for c in e.components.iter_mut() {
                    if let Component::Position { x, y } = c {
                        *x += dx;
                        *y += dy;
                    }
                }
            }
        }
    }

    fn damage(&mut self, id: u32, amount: i32) -> Option<i32> {
        let e = self.entities.get_mut(&id)?;
        for c in &mut e.components {
            if let Component::Health(h) = c {
                *h -= amount;
                return Some(*h);
            }
        }
        None
    }

    fn reap(&mut self) -> Vec<String> {
        let mut dead: Vec<u32> = self.entities.iter().filter(|(_, e)| e.health().is_some_and(|h| h <= 0)).map(|(id, _)| *id).collect();
        dead.sort();
        dead.iter().filter_map(|id| self.entities.remove(id)).map(|e| e.name).collect()
    }

    fn add_item(&mut self, id: u32, item: &str, qty: u32) {
        if let Some(e) = self.entities.get_mut(&id) {
            for c in e.components.iter_mut() {
                if let Component::Inventory(items) = c {
                    match items.iter_mut().find(|(n, _)| n == item) {
                        Some((_, q)) => *q += qty,
                        None => items.push((item.to_string(), qty)),
                    }
                    return;
                }
            }
            e.components.push(Component::Inventory(vec![(item.to_string(), qty)]));
        }
    }

    fn dump(&self) {
        let sorted: BTreeMap<&u32, &Entity> = self.entities.iter().collect();
        for (id, e) in sorted {
            println!("  #{} {}: {:?}", id, e.name, e.components);
        }
    }
}

fn main() {
    let mut w = World::new();
    let hero = w.spawn("hero", vec![Component::Position { x: 0.0, y: 0.0 }, Component::Velocity { dx: 1.5, dy: -0.5 }, Component::Health(30)]);
    let goblin = w.spawn("goblin", vec![Component::Position { x: 10.0, y: 4.0 }, Component::Health(8)]);
    let chest = w.spawn("chest", vec![Component::Position { x: 3.0, y: 3.0 }, Component::Inventory(vec![("gold".into(), 25)])]);
    for _ in 0..3 {
        w.movement();
    }
    println!("after 3 ticks:");
    w.dump();
    println!("hit goblin: {:?}", w.damage(goblin, 5));
    println!("hit chest: {:?}", w.damage(chest, 5));
    println!("hit nobody: {:?}", w.damage(99, 5));
    println!("hit goblin: {:?}", w.damage(goblin, 5));
    w.add_item(hero, "potion", 2);
    w.add_item(hero, "potion", 1);
    w.add_item(chest, "gold", 10);
    w.add_item(chest, "gem", 1);
    println!("reaped: {:?}", w.reap());
    w.dump();
    let total_gold: u32 = w.entities.values().flat_map(|e| e.components.iter()).filter_map(|c| match c {
        Component::Inventory(items) => Some(items.iter().filter(|(n, _)| n == "gold").map(|(_, q)| q).sum::<u32>()),
        _ => None,
    }).sum();
    println!("gold in world: {}, entities left: {}", total_gold, w.entities.len());
    println!("default entity: {:?}", Entity::default());
}

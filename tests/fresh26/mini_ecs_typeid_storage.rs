use std::any::{Any, TypeId};
use std::collections::{BTreeMap, HashMap};

type Entity = u32;

trait Component: Any + std::fmt::Debug {}
impl<T: Any + std::fmt::Debug> Component for T {}

trait Storage {
    fn remove_entity(&mut self, e: Entity) -> bool;
    fn len(&self) -> usize;
    fn as_any(&self) -> &dyn Any;
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

struct VecStorage<T> { items: BTreeMap<Entity, T> }

impl<T: Component> Storage for VecStorage<T> {
    fn remove_entity(&mut self, e: Entity) -> bool { self.items.remove(&e).is_some() }
    fn len(&self) -> usize { self.items.len() }
    fn as_any(&self) -> &dyn Any { self }
    fn as_any_mut(&mut self) -> &mut dyn Any { self }
}

#[derive(Default)]
struct World {
    next: Entity,
    stores: HashMap<TypeId, Box<dyn Storage>>,
    names: HashMap<TypeId, &'static str>,
}

impl World {
    fn spawn(&mut self) -> Entity { self.next += 1; self.next }
    fn insert<T: Component>(&mut self, e: Entity, c: T) -> &mut Self {
        self.names.insert(TypeId::of::<T>(), std::any::type_name::<T>());
        let store = self
            .stores
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Box::new(VecStorage::<T> { items: BTreeMap::new() }));
        store.as_any_mut().downcast_mut::<VecStorage<T>>().unwrap().items.insert(e, c);
        self
    }
    fn store<T: Component>(&self) -> Option<&BTreeMap<Entity, T>> {
        self.stores.get(&TypeId::of::<T>()).and_then(|s| s.as_any().downcast_ref::<VecStorage<T>>()).map(|s| &s.items)
    }
    fn store_mut<T: Component>(&mut self) -> Option<&mut BTreeMap<Entity, T>> {
        self.stores.get_mut(&TypeId::of::<T>()).and_then(|s| s.as_any_mut().downcast_mut::<VecStorage<T>>()).map(|s| &mut s.items)
    }
    fn get<T: Component>(&self, e: Entity) -> Option<&T> { self.store::<T>()?.get(&e) }
    fn despawn(&mut self, e: Entity) -> usize {
        self.stores.values_mut().map(|s| s.remove_entity(e)).filter(|&b| b).count()
    }
    fn query2<A: Component, B: Component>(&self) -> Vec<(Entity, &A, &B)> {
        let (Some(a), Some(b)) = (self.store::<A>(), self.store::<B>()) else { return vec![] };
        a.iter().filter_map(|(e, x)| b.get(e).map(|y| (*e, x, y))).collect()
    }
}

#[derive(Debug, Clone, Copy)]
struct Pos { x: i32, y: i32 }
#[derive(Debug, Clone, Copy)]
struct Vel { dx: i32, dy: i32 }
#[derive(Debug)]
struct Health(i32);
#[derive(Debug)]
struct Name(&'static str);

fn physics(w: &mut World) {
    let moves: Vec<(Entity, Vel)> = w.query2::<Pos, Vel>().into_iter().map(|(e, _, v)| (e, *v)).collect();
    if let Some(ps) = w.store_mut::<Pos>() {
        for (e, v) in moves {
            let p = ps.get_mut(&e).unwrap();
            p.x += v.dx;
            p.y += v.dy;
        }
    }
}

fn hazards(w: &mut World) -> Vec<Entity> {
    let hit: Vec<Entity> = w.query2::<Pos, Health>().iter().filter(|(_, p, _)| p.x.abs() > 5 || p.y < 0).map(|t| t.0).collect();
    let hs = w.store_mut::<Health>().unwrap();
    let mut dead = vec![];
    for e in hit {
        let h = hs.get_mut(&e).unwrap();
        h.0 -= 40;
        if h.0 <= 0 { dead.push(e); }
    }
    dead
}

fn main() {
    let mut w = World::default();
    let specs = [("rock", 0, 0, None), ("bird", 1, 2, Some((2, 1))), ("fish", -3, 0, Some((-1, -1))), ("ghost", 4, 4, Some((1, 0)))];
    for (name, x, y, vel) in specs {
        let e = w.spawn();
        w.insert(e, Name(name)).insert(e, Pos { x, y });
        if let Some((dx, dy)) = vel {
            w.insert(e, Vel { dx, dy });
        }
        if name != "ghost" {
            w.insert(e, Health(100));
        }
    }
    let mut kinds: Vec<(&str, usize)> = w.stores.iter().map(|(t, s)| (w.names[t].rsplit("::").next().unwrap(), s.len())).collect();
    kinds.sort();
    println!("stores: {:?}", kinds);

    for tick in 1..=5 {
        physics(&mut w);
        let dead = hazards(&mut w);
        for e in &dead {
            let n = w.get::<Name>(*e).map(|n| n.0).unwrap_or("?");
            let removed = w.despawn(*e);
            println!("tick {}: {} died ({} components)", tick, n, removed);
        }
        let line: Vec<String> = w
            .query2::<Name, Pos>()
            .iter()
            .map(|(_, n, p)| format!("{}@({},{})", n.0, p.x, p.y))
            .collect();
        println!("tick {}: {}", tick, line.join(" "));
    }
    let healths: Vec<(Entity, i32)> = w.store::<Health>().unwrap().iter().map(|(e, h)| (*e, h.0)).collect();
    println!("health: {:?}", healths);
    println!("ghost has health: {}", w.get::<Health>(4).is_some());
    println!("missing store: {:?}", w.store::<String>().map(|s| s.len()));
}

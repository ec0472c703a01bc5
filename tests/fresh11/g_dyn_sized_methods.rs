// dyn Trait with generic methods excluded via `where Self: Sized`,
// Box<dyn Fn(i32) -> i32 + 'a> composition.
use std::collections::BTreeMap;

pub trait Transform {
    fn name(&self) -> String;
    fn apply(&self, x: i32) -> i32;

    fn apply_all<I>(&self, xs: I) -> Vec<i32>
    where
        I: IntoIterator<Item = i32>,
        Self: Sized,
    {
        xs.into_iter().map(|x| self.apply(x)).collect()
    }

    fn then<T: Transform>(self, next: T) -> Chain<Self, T>
    where
        Self: Sized,
    {
        Chain(self, next)
    }
}

pub struct AddN(pub i32);
pub struct MulN(pub i32);
pub struct Chain<A, B>(A, B);

impl Transform for AddN {
    fn name(&self) -> String { format!("+{}", self.0) }
    fn apply(&self, x: i32) -> i32 { x + self.0 }
}
impl Transform for MulN {
    fn name(&self) -> String { format!("*{}", self.0) }
    fn apply(&self, x: i32) -> i32 { x * self.0 }
}
impl<A: Transform, B: Transform> Transform for Chain<A, B> {
    fn name(&self) -> String { format!("({} then {})", self.0.name(), self.1.name()) }
    fn apply(&self, x: i32) -> i32 { self.1.apply(self.0.apply(x)) }
}

pub struct Pipeline<'a> {
    stages: Vec<Box<dyn Fn(i32) -> i32 + 'a>>,
}

impl<'a> Pipeline<'a> {
    pub fn new() -> Self {
        Pipeline { stages: Vec::new() }
    }
    pub fn stage(mut self, f: impl Fn(i32) -> i32 + 'a) -> Self {
        self.stages.push(Box::new(f));
        self
    }
    pub fn from_transform(self, t: &'a dyn Transform) -> Self {
        self.stage(move |x| t.apply(x))
    }
    pub fn run(&self, x: i32) -> i32 {
        self.stages.iter().fold(x, |acc, f| f(acc))
    }
    pub fn into_fn(self) -> Box<dyn Fn(i32) -> i32 + 'a> {
        Box::new(move |x| self.run(x))
    }
}

fn compose_boxed<'a>(f: Box<dyn Fn(i32) -> i32 + 'a>, g: Box<dyn Fn(i32) -> i32 + 'a>) -> Box<dyn Fn(i32) -> i32 + 'a> {
    Box::new(move |x| g(f(x)))
}

fn main() {
    let chain = AddN(3).then(MulN(2)).then(AddN(-1));
    println!("{} : {:?}", chain.name(), chain.apply_all(vec![0, 1, 2, 10]));

    let dyns: Vec<Box<dyn Transform>> = vec![Box::new(AddN(5)), Box::new(MulN(-3)), Box::new(chain)];
    for t in &dyns {
        println!("dyn {} applied to 7 -> {}", t.name(), t.apply(7));
    }

    let offset = 100;
    let table: BTreeMap<&str, i32> = [("a", 1), ("b", 2)].into_iter().collect();
    let p = Pipeline::new()
        .stage(|x| x * x)
        .stage(move |x| x + offset)
        .stage(|x| x + table.get("b").copied().unwrap_or(0))
        .from_transform(dyns[1].as_ref());
    for x in [0, 1, 3] {
        println!("pipeline({}) = {}", x, p.run(x));
    }
    let f = p.into_fn();
    let g = compose_boxed(f, Box::new(|x| x / 2));
    let h = compose_boxed(g, Box::new(|x: i32| x.abs()));
    println!("h(4) = {}", h(4));
    println!("h(-4) = {}", h(-4));

    let mut fns: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    for k in 1..=3 {
        fns.push(Box::new(move |x| x * 10 + k));
    }
    let combined = fns.into_iter().reduce(|a, b| Box::new(move |x| b(a(x)))).unwrap();
    println!("combined(0) = {}", combined(0));
}

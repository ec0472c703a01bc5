// editions: 2015 2018 2021 2024
// Trait methods with anonymous parameters (`fn apply(&self, i64) -> i64;`): allowed in 2015 only; from
// 2018 they are a parse error.
trait Operation {
    fn apply(&self, i64) -> i64;
    fn name(&self) -> String;
    fn apply_twice(&self, x: i64) -> i64 {
        self.apply(self.apply(x))
    }
}

struct Add(i64);
struct Mul(i64);

impl Operation for Add {
    fn apply(&self, x: i64) -> i64 { x + self.0 }
    fn name(&self) -> String { format!("+{}", self.0) }
}

impl Operation for Mul {
    fn apply(&self, x: i64) -> i64 { x * self.0 }
    fn name(&self) -> String { format!("*{}", self.0) }
}

fn main() {
    let ops: Vec<Box<dyn Operation>> = vec![Box::new(Add(3)), Box::new(Mul(4)), Box::new(Add(-10))];
    let mut x = 1;
    for op in &ops {
        x = op.apply_twice(x);
        println!("{} twice -> {}", op.name(), x);
    }
}

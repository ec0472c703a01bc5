// editions: 2015 2018 2021 2024
// `dyn` is only a contextual keyword in 2015, so it can name a variable, a function and a field (while
// `Box<dyn Trait>` still works); from 2018 it is a strict keyword.
trait Plugin {
    fn run(&self, input: i32) -> i32;
}

struct Doubler;
impl Plugin for Doubler {
    fn run(&self, input: i32) -> i32 {
        input * 2
    }
}

struct Loader {
    dyn: bool,
}

fn dyn(flag: bool) -> &'static str {
    if flag { "dynamic" } else { "static" }
}

fn main() {
    let l = Loader { dyn: true };
    let mode = dyn(l.dyn);
    let plugins: Vec<Box<dyn Plugin>> = vec![Box::new(Doubler), Box::new(Doubler)];
    let dyn = plugins.iter().fold(3, |acc, p| p.run(acc));
    println!("{} loading, result {}", mode, dyn);
}

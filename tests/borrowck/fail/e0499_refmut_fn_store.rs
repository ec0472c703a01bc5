struct Collector<'a> {
    targets: Vec<&'a mut String>,
}

fn main() {
    let mut name = String::from("root");
    let mut c = Collector { targets: Vec::new() };
    c.targets.push(&mut name);
    c.targets.push(&mut name);
    for t in c.targets.iter_mut() {
        t.push('/');
    }
    println!("{}", name);
}

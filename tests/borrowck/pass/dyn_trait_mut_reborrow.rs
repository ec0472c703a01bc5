trait Sink {
    fn write(&mut self, s: &str);
}

struct Collect(Vec<String>);

impl Sink for Collect {
    fn write(&mut self, s: &str) {
        self.0.push(s.to_uppercase());
    }
}

fn greet(out: &mut dyn Sink, names: &[&str]) {
    for n in names {
        out.write(n);
    }
}

fn main() {
    let mut c = Collect(Vec::new());
    let sink: &mut dyn Sink = &mut c;
    greet(sink, &["ann", "bo"]);
    greet(sink, &["cy"]);
    sink.write("done");
    println!("{:?}", c.0);
}

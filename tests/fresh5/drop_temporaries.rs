// Temporaries die at the end of the statement; let-bound values live to end of scope.
struct Guard {
    name: String,
}

impl Guard {
    fn new(name: &str) -> Guard {
        println!("  make {name}");
        Guard { name: name.to_string() }
    }
    fn len(&self) -> usize {
        self.name.len()
    }
    fn tag(&self) -> &str {
        &self.name
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("  drop {}", self.name);
    }
}

fn make_pair(a: &str, b: &str) -> (Guard, Guard) {
    (Guard::new(a), Guard::new(b))
}

fn consume_len(g: &Guard) -> usize {
    g.len() * 2
}

fn main() {
    println!("temporary in expression:");
    let n = Guard::new("temp1").len() + Guard::new("temp22").len();
    println!("  n = {n}");

    println!("let-bound:");
    let kept = Guard::new("kept");
    println!("  kept has {} bytes", kept.len());

    println!("underscore pattern drops immediately:");
    let _ = Guard::new("ignored");
    println!("  after let _");

    println!("named underscore keeps it:");
    let _held = Guard::new("held");
    println!("  after let _held");

    println!("temporary lifetime extension:");
    let r = &Guard::new("extended");
    println!("  r.tag() = {}", r.tag());

    println!("tuple destructure, one ignored:");
    let (left, _) = make_pair("left", "right");
    println!("  kept {}", left.tag());

    println!("function arg temporary:");
    let doubled = consume_len(&Guard::new("arg"));
    println!("  doubled = {doubled}");

    println!("match on temporary:");
    match Guard::new("scrutinee").len() {
        9 => println!("  nine letters"),
        other => println!("  {other} letters"),
    }

    println!("if let with temporary (2024 drops before else):");
    if let Some(x) = Some(Guard::new("iflet")).filter(|g| g.len() > 100) {
        println!("  matched {}", x.tag());
    } else {
        println!("  else branch");
    }

    println!("block tail expression:");
    let total = {
        let inner = Guard::new("inner");
        inner.len() + Guard::new("tailtemp").len()
    };
    println!("  total = {total}");

    println!("vec of temporaries collected:");
    let lens: Vec<usize> = ["a", "bb", "ccc"].iter().map(|s| Guard::new(s).len()).collect();
    println!("  lens = {:?}", lens);

    println!("end of main");
}

fn main() {
    let labels: Vec<String> = (0..3).map(|i| format!("row-{}", i)).collect();
    let mut refs: Vec<&String> = Vec::new();
    for l in &labels {
        if !l.ends_with('1') {
            refs.push(l);
        }
    }
    println!("{:?}", refs);
}

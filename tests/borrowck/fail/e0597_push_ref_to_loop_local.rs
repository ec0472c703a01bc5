fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..3 {
        let label = format!("row-{}", i);
        refs.push(&label);
    }
    println!("{:?}", refs);
}

fn main() {
    let mut lines = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let mut taken = Vec::new();
    for line in lines.iter_mut() {
        if line.contains('e') {
            taken.push(std::mem::take(line));
        }
    }
    println!("taken {:?}", taken);
    println!("left {:?}", lines);
}

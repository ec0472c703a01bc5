fn describe(v: &Vec<String>) -> usize {
    v.len()
}

fn main() {
    let names: Vec<String>;
    let verbose = true;
    if verbose {
        println!("counting names");
    }
    println!("{} names", describe(&names));
}

use std::path::PathBuf;

fn main() {
    let mut p = PathBuf::from("notes.txt");
    p.set_extension("bak");
    println!("{}", p.display());
    p.set_extension("tar/gz");
    println!("unreachable {}", p.display());
}

// `Vec<&'static str>` as the annotation: pushing a borrow of a local String is not 'static.
fn main() {
    let mut names: Vec<&'static str> = vec!["ann"];
    let owned = String::from("bo");
    names.push(&owned);
    println!("{:?}", names);
}

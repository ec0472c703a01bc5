fn main() {
    let prefix: String;
    let ids = vec![1, 2, 3];
    let fmt = |id: &i32| format!("{}-{}", prefix, id);
    let labels: Vec<String> = ids.iter().map(fmt).collect();
    println!("{:?}", labels);
}

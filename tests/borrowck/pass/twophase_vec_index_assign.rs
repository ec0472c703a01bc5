fn main() {
    let mut v = vec![1, 2, 3, 4];
    let n = v.len();
    v[n - 1] = v[0] + v[1];
    let i = v.len() - 2;
    v[i] += 10;
    let mut m = std::collections::BTreeMap::new();
    m.insert(m.len(), "zero");
    m.insert(m.len(), "one");
    println!("{:?} {:?}", v, m);
}

fn main() {
    let lens: Vec<usize>;
    {
        let owned = vec![String::from("aa"), String::from("bbb")];
        let iter = owned.iter().map(|s| s.len());
        lens = iter.collect();
    }
    println!("{:?}", lens);
}

fn main() {
    let lens: Vec<usize>;
    let iter;
    {
        let owned = vec![String::from("aa"), String::from("bbb")];
        iter = owned.iter().map(|s| s.len());
    }
    lens = iter.collect();
    println!("{:?}", lens);
}

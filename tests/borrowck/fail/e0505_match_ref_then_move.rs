fn finalize(v: Option<Vec<i32>>) -> usize {
    v.map(|x| x.len()).unwrap_or(0)
}

fn main() {
    let batch = Some(vec![1, 2, 3]);
    if let Some(items) = &batch {
        let n = finalize(batch);
        println!("{} vs {}", items.len(), n);
    }
}

// sort, sort_unstable and sort_by_key on arrays, slices and Vecs: small slices by insertion (the key
// function is called as often as std calls it), longer ones with the stable sort's scratch buffer
// on the heap.
fn main() {
    let mut a = [5, 3, 9, 1, 7];
    a.sort();
    println!("{:?}", a);
    let mut words = vec!["pear", "apple", "fig", "banana"];
    words.sort();
    println!("{:?}", words);
    let mut owned = vec![String::from("b"), String::from("a"), String::from("c")];
    owned.sort_unstable();
    println!("{:?}", owned);
    let mut calls = 0;
    let mut pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')];
    pairs.sort_by_key(|p| {
        calls += 1;
        p.0
    });
    println!("{:?} after {} key calls", pairs, calls);
    let mut big: Vec<u64> = Vec::new();
    let mut x: u64 = 7;
    for _ in 0..3000 {
        x = (x * 1103515245 + 12345) % 65536;
        big.push(x);
    }
    big.sort();
    let mut sorted = true;
    for i in 1..big.len() {
        if big[i - 1] > big[i] { sorted = false; }
    }
    println!("sorted: {}, min {}, max {}", sorted, big[0], big[2999]);
}

fn main() {
    let readings = vec![12, -3, 7, -8];
    let mut cleaned = Vec::new();
    for mut r in readings {
        if r < 0 {
            r = 0;
        }
        cleaned.push(r);
    }
    let pairs = vec![(1, 'a'), (2, 'b')];
    for (mut n, c) in pairs {
        n *= 10;
        println!("{}{}", c, n);
    }
    println!("{:?}", cleaned);
}

fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else {
        "positive"
    }
}

fn main() {
    let ns = [-5, 0, 7];
    let mut i = 0;
    while i < 3 {
        let n = ns[i];
        i += 1;
        println!("{n} is {}", classify(n));
    }
}

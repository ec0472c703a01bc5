fn neg(a: i16) -> i16 {
    -a
}

fn main() {
    println!("{}", neg(-32767));
    println!("{}", neg(-32768));
}

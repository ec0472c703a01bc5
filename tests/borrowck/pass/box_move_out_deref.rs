#[derive(Debug)]
struct Payload {
    bytes: Vec<u8>,
    tag: String,
}

fn main() {
    let boxed = Box::new(Payload { bytes: vec![1, 2, 3], tag: "raw".into() });
    let Payload { bytes, tag } = *boxed;
    println!("{:?} {}", bytes, tag);
    let b2 = Box::new(String::from("unboxed"));
    let s: String = *b2;
    println!("{}", s);
}

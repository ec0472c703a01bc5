static GREETING: &str = "hi";

fn main() {
    let loud = true;
    if loud {
        GREETING = "HI";
    }
    println!("{}", GREETING);
}

fn main() {
    let title = String::from("Chapter 1");
    let publish = move || {
        let t = title;
        println!("publishing {}", t);
    };
    publish();
    publish();
}

fn main() {
    let guests = vec!["Ana", "Raj"];
    let late = "Tom";
    if !guests.contains(&late) {
        guests.push(late);
    }
    println!("{:?}", guests);
}

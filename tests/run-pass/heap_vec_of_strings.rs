// A Vec of Strings: the Vec's buffer holds 24-byte String headers, each String's text lives in its
// own heap block; when the Vec grows its headers move, the texts stay where they are.
fn main() {
    let mut names: Vec<String> = Vec::new();
    let mut text0 = 0usize;
    let mut same = true;
    for i in 0..6 {
        names.push(format!("name-{}", i));
        let p = names[0].as_ptr() as usize;
        if i == 0 { text0 = p; } else if p != text0 { same = false; }
    }
    println!("{:?}", names);
    println!("len {} cap {} first text never moved: {}", names.len(), names.capacity(), same);
    let total: usize = { let mut t = 0; for n in &names { t += n.len(); } t };
    println!("{} bytes of text", total);
}

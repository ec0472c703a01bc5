fn main() {
    let mut archive: Vec<String> = Vec::new();
    let note = String::from("meeting at 3");
    let preview = &note[..7];
    archive.push(note);
    println!("preview {} ({} archived)", preview, archive.len());
}

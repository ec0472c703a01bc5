fn archive(doc: String) -> usize {
    doc.len()
}

fn process(doc: String, old: bool) -> String {
    if old {
        let n = archive(doc);
        return format!("archived {} bytes", n);
    }
    format!("kept {}", doc)
}

fn main() {
    println!("{}", process(String::from("report.txt"), true));
    println!("{}", process(String::from("notes.md"), false));
}

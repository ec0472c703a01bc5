fn archive(doc: String) {
    println!("archived {}", doc);
}

fn main() {
    let doc = String::from("report.txt");
    let old = doc.len() > 5;
    if old {
        archive(doc);
    } else {
        println!("keeping {}", doc);
    }
    println!("done with {}", doc);
}

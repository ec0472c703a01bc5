// CSV import: split a header row into column names.
fn read_header() -> String {
    "id,name,email,created_at".to_string()
}

fn main() {
    let raw = read_header();
    let columns: Vec<&str> = raw.split(',').collect();
    let key_column = columns.iter().copied().next().unwrap_or("id");

    println!("{} columns", columns.len());
    drop(raw);

    println!("primary key column: {}", key_column);
}

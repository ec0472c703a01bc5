// editions: 2015 2018 2021 2024
// `use helpers::pad;` inside a module that declares `mod helpers`: 2018+ resolves it relative to the
// current module; 2015 looks for `::helpers` at the crate root (E0432).
mod report {
    mod helpers {
        pub fn pad(s: &str, width: usize) -> String {
            let mut out = s.to_string();
            while out.len() < width {
                out.push('.');
            }
            out
        }
    }

    use helpers::pad;

    pub fn table(rows: &[(&str, u32)]) -> Vec<String> {
        rows.iter().map(|(k, v)| format!("{}{}", pad(k, 10), v)).collect()
    }
}

fn main() {
    let rows = [("apples", 3), ("kiwis", 12), ("plums", 0)];
    for line in report::table(&rows) {
        println!("{}", line);
    }
}

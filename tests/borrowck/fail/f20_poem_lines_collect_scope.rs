// Text processing: collect lines of a poem into a Vec<&str>.
fn fetch_poem() -> String {
    "roses are red\nviolets are blue\nrust is strict\nand so are you".to_string()
}

fn main() {
    let lines: Vec<&str>;
    {
        let text = fetch_poem();
        lines = text.lines().collect::<Vec<&str>>();
        println!("poem has {} bytes", text.len());
    }

    for (i, line) in lines.iter().enumerate() {
        println!("{:>2}: {}", i + 1, line);
    }
    let longest = lines.iter().map(|l| l.len()).max().unwrap_or(0);
    println!("longest line: {} chars", longest);
}

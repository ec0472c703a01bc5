use std::fmt::Write;

#[derive(Debug, Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
    Justify,
}

fn wrap(text: &str, width: usize) -> Vec<Vec<&str>> {
    let mut lines: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let wlen = word.chars().count();
        if !current.is_empty() && len + 1 + wlen > width {
            lines.push(std::mem::take(&mut current));
            len = 0;
        }
        len += if current.is_empty() { wlen } else { wlen + 1 };
        current.push(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn justify(words: &[&str], width: usize) -> String {
    if words.len() == 1 {
        return format!("{:<width$}", words[0], width = width);
    }
    let letters: usize = words.iter().map(|w| w.chars().count()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let (base, extra) = (spaces / gaps, spaces % gaps);
    let mut out = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            out.push_str(&" ".repeat(base + usize::from(i < extra)));
        }
    }
    out
}

fn render(text: &str, width: usize, align: Align) -> String {
    let mut out = String::new();
    let lines = wrap(text, width);
    let last = lines.len().saturating_sub(1);
    for (i, words) in lines.iter().enumerate() {
        let joined = words.join(" ");
        let body = match align {
            Align::Left => format!("{:<w$}", joined, w = width),
            Align::Right => format!("{:>w$}", joined, w = width),
            Align::Center => format!("{:^w$}", joined, w = width),
            Align::Justify if i == last => format!("{:<w$}", joined, w = width),
            Align::Justify => justify(words, width),
        };
        writeln!(out, "|{}|", body).unwrap();
    }
    out
}

const PARAGRAPH: &str = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen \
liquor jugs!   Sphinx of black quartz, judge my vow. Supercalifragilisticexpialidocious words \
must survive wrapping too.";

fn main() {
    for (align, width) in [(Align::Left, 28), (Align::Right, 28), (Align::Center, 30), (Align::Justify, 32)] {
        println!("{:?} @ {}:", align, width);
        println!("+{}+", "-".repeat(width));
        print!("{}", render(PARAGRAPH, width, align));
        println!("+{}+", "-".repeat(width));
    }
    let lines = wrap(PARAGRAPH, 20);
    let stats: Vec<(usize, usize)> = lines.iter().map(|l| (l.len(), l.iter().map(|w| w.len()).sum::<usize>() + l.len() - 1)).collect();
    println!("width 20 -> {} lines, (words, chars) = {:?}", lines.len(), stats);
    let accented = "naïve café façade résumé über";
    print!("{}", render(accented, 12, Align::Center));
    let title = "report";
    println!("[{:*^20}] [{:-<10}] [{:.>10}]", title.to_uppercase(), "ab", "cd");
    let w = 7;
    println!("[{:^w$}] [{:^1$}] [{:>1$.3}]", "odd", 8, "truncated", w = w);
    let indent = |s: &str, n: usize| s.lines().map(|l| format!("{}{}", " ".repeat(n), l)).collect::<Vec<_>>().join("\n");
    println!("{}", indent("first\nsecond\n\nfourth", 4));
}

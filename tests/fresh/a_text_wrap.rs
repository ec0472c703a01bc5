// Word wrapping and justification: greedy wrap to width, then left/center/right/full justify.
#[derive(Clone, Copy, Debug)]
enum Align {
    Left,
    Center,
    Right,
    Justify,
}

fn wrap(text: &str, width: usize) -> Vec<Vec<&str>> {
    let mut lines: Vec<Vec<&str>> = vec![];
    let mut cur: Vec<&str> = vec![];
    let mut len = 0;
    for word in text.split_whitespace() {
        let extra = if cur.is_empty() { word.len() } else { word.len() + 1 };
        if len + extra > width && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
            len = 0;
        }
        len += if cur.is_empty() { word.len() } else { word.len() + 1 };
        cur.push(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn justify(words: &[&str], width: usize) -> String {
    if words.len() == 1 {
        return format!("{:<width$}", words[0], width = width);
    }
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let gaps = words.len() - 1;
    let spaces = width.saturating_sub(letters);
    let (each, extra) = (spaces / gaps, spaces % gaps);
    let mut out = String::with_capacity(width);
    for (i, w) in words.iter().enumerate() {
        out += w;
        if i < gaps {
            out += &" ".repeat(each + usize::from(i < extra));
        }
    }
    out
}

fn render(text: &str, width: usize, align: Align) -> Vec<String> {
    let lines = wrap(text, width);
    let last = lines.len().saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .map(|(i, words)| {
            let joined = words.join(" ");
            match align {
                Align::Left => format!("{:<w$}", joined, w = width),
                Align::Center => format!("{:^w$}", joined, w = width),
                Align::Right => format!("{:>w$}", joined, w = width),
                Align::Justify if i == last => format!("{:<w$}", joined, w = width),
                Align::Justify => justify(words, width),
            }
        })
        .collect()
}

fn main() {
    let text = "Rust is a multi-paradigm, general-purpose programming language that emphasizes performance, \
                type safety, and concurrency. It enforces memory safety without a garbage collector.";
    for align in [Align::Left, Align::Center, Align::Right, Align::Justify] {
        println!("{:?}:", align);
        println!("+{}+", "-".repeat(28));
        for line in render(text, 28, align) {
            println!("|{}|", line);
        }
        println!("+{}+", "-".repeat(28));
    }
    let narrow = wrap("supercalifragilistic is long", 10);
    println!("narrow: {:?}", narrow);
    let counts: Vec<usize> = [20, 40, 60, 80].iter().map(|&w| wrap(text, w).len()).collect();
    println!("line counts for widths 20/40/60/80: {:?}", counts);
    println!("{:*^30}", " THE END ");
}

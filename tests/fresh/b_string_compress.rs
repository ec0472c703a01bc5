use std::collections::BTreeMap;

fn compress(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        out.push(c);
        out += &(j - i).to_string();
        i = j;
    }
    if out.chars().count() < chars.len() { out } else { s.to_string() }
}

fn lz_tokens(input: &str, window: usize) -> Vec<(usize, usize, Option<char>)> {
    let data: Vec<char> = input.chars().collect();
    let mut pos = 0;
    let mut tokens = Vec::new();
    while pos < data.len() {
        let start = pos.saturating_sub(window);
        let mut best = (0, 0);
        for cand in start..pos {
            let mut len = 0;
            while pos + len < data.len() && data[cand + len] == data[pos + len] && len < 255 {
                len += 1;
            }
            if len > best.1 {
                best = (pos - cand, len);
            }
        }
        let next = data.get(pos + best.1).copied();
        tokens.push((best.0, best.1, next));
        pos += best.1 + 1;
    }
    tokens
}

fn lz_decode(tokens: &[(usize, usize, Option<char>)]) -> String {
    let mut out: Vec<char> = Vec::new();
    for &(dist, len, next) in tokens {
        let start = out.len() - dist;
        for k in 0..len {
            let c = out[start + k];
            out.push(c);
        }
        if let Some(c) = next {
            out.push(c);
        }
    }
    out.into_iter().collect()
}

fn frequencies(s: &str) -> BTreeMap<char, usize> {
    s.chars().fold(BTreeMap::new(), |mut m, c| {
        *m.entry(c).or_insert(0) += 1;
        m
    })
}

fn main() {
    for s in ["aabcccccaaa", "abc", "", "aaaaaaaaaaaa", "aabb", "ééééé!"] {
        println!("{:<14} -> {}", format!("{:?}", s), compress(s));
    }
    let text = "abracadabra abracadabra!";
    let tokens = lz_tokens(text, 16);
    println!("{} tokens for {} chars", tokens.len(), text.len());
    for t in &tokens {
        print!("({},{},{}) ", t.0, t.1, t.2.map(String::from).unwrap_or_else(|| "EOF".to_string()));
    }
    println!();
    let decoded = lz_decode(&tokens);
    println!("decoded ok: {} -> {:?}", decoded == text, decoded);
    let freq = frequencies(text);
    let mut by_count: Vec<(char, usize)> = freq.into_iter().collect();
    by_count.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("top: {:?}", &by_count[..4]);
    let bits: usize = by_count.iter().map(|(_, n)| n * 3).sum();
    println!("naive 3-bit size: {} bits vs {} bits raw", bits, text.len() * 8);
}

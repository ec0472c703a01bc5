// String / &str slicing with returned slices: splitting key=value records,
// trimming, char-boundary-safe truncation, and finding spans.
use std::collections::BTreeMap;

fn split_kv(line: &str) -> Option<(&str, &str)> {
    let eq = line.find('=')?;
    let (k, v) = line.split_at(eq);
    Some((k.trim(), v[1..].trim()))
}

fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn between<'a>(s: &'a str, open: char, close: char) -> Option<&'a str> {
    let start = s.find(open)? + open.len_utf8();
    let end = s[start..].find(close)? + start;
    Some(&s[start..end])
}

fn common_prefix<'a>(a: &'a str, b: &str) -> &'a str {
    let n = a
        .char_indices()
        .zip(b.chars())
        .take_while(|((_, x), y)| x == y)
        .last()
        .map(|((i, c), _)| i + c.len_utf8())
        .unwrap_or(0);
    &a[..n]
}

fn last_segment(path: &str) -> &str {
    path.rsplit_once('/').map(|(_, tail)| tail).unwrap_or(path)
}

fn main() {
    let config = String::from(
        "name = Grüße App\n# comment\nversion=1.4.2\n path = /usr/local/share/app \nbad line\ntitle = [Main] Window (v2)\n",
    );
    let mut map: BTreeMap<&str, &str> = BTreeMap::new();
    let mut skipped = Vec::new();
    for (n, line) in config.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        match split_kv(line) {
            Some((k, v)) => {
                map.insert(k, v);
            }
            None => skipped.push(n + 1),
        }
    }
    println!("parsed {:?}", map);
    println!("skipped lines {:?}", skipped);

    let name = map["name"];
    for m in [3, 5, 8, 40] {
        println!("truncate({}) = {:?}", m, truncate_chars(name, m));
    }
    let version = map.get("version").copied().unwrap_or("0");
    let parts: Vec<u32> = version.split('.').filter_map(|p| p.parse().ok()).collect();
    println!("version parts {:?} major {}", parts, parts[0]);
    println!("last segment {:?}", last_segment(map["path"]));
    println!("bracket {:?} paren {:?} none {:?}",
        between(map["title"], '[', ']'), between(map["title"], '(', ')'), between(name, '<', '>'));

    let words = ["interstellar", "internet", "interval", "intern"];
    let mut prefix: &str = words[0];
    for w in &words[1..] {
        prefix = common_prefix(prefix, w);
    }
    println!("common prefix {:?}", prefix);

    let mut owned = String::from("hello, world");
    let comma = owned.find(',').unwrap();
    let head: String = owned[..comma].to_uppercase();
    owned.truncate(comma);
    owned.push_str(&format!(" / {}", head));
    println!("{}", owned);
    let bytes = owned.as_bytes();
    let mid = owned.len() / 2;
    let (l, r) = owned.split_at(mid);
    println!("halves {:?} {:?} first byte {}", l, r, bytes[0]);
    let reversed_words: Vec<&str> = owned.split(' ').rev().collect();
    println!("reversed words {:?}", reversed_words);
    println!("is char boundary at 2 in name: {}", name.is_char_boundary(2));
    println!("is char boundary at 3 in name: {}", name.is_char_boundary(3));
}

// File listing analysis: partition, group sizes, collect into HashMap/HashSet/BTreeMap/String.
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone)]
struct Entry {
    path: String,
    size: u64,
}

fn extension(path: &str) -> Option<&str> {
    let file = path.rsplit('/').next()?;
    let dot = file.rfind('.')?;
    if dot == 0 { None } else { Some(&file[dot + 1..]) }
}

fn human(size: u64) -> String {
    let units = ["B", "KB", "MB", "GB"];
    let mut s = size as f64;
    let mut u = 0;
    while s >= 1024.0 && u < units.len() - 1 {
        s /= 1024.0;
        u += 1;
    }
    if u == 0 { format!("{}{}", size, units[0]) } else { format!("{:.1}{}", s, units[u]) }
}

fn main() {
    let listing = "src/main.rs 4210\nsrc/lib.rs 18022\nsrc/util/mod.rs 512\nREADME.md 2048\n.gitignore 20\n\
                   assets/logo.png 734003\nassets/icon.png 16384\ntarget/debug/app 5242880\nCargo.toml 301\ndocs/guide.md 9000";
    let entries: Vec<Entry> = listing
        .lines()
        .map(|l| {
            let (p, s) = l.trim().rsplit_once(' ').unwrap();
            Entry { path: p.to_string(), size: s.parse().unwrap() }
        })
        .collect();

    let (big, small): (Vec<&Entry>, Vec<&Entry>) = entries.iter().partition(|e| e.size > 10_000);
    println!("big: {}", big.iter().map(|e| format!("{} ({})", e.path, human(e.size))).collect::<Vec<_>>().join(", "));
    println!("small count: {}, total {}", small.len(), human(small.iter().map(|e| e.size).sum()));

    let by_ext: HashMap<&str, Vec<&str>> = entries.iter().fold(HashMap::new(), |mut m, e| {
        m.entry(extension(&e.path).unwrap_or("<none>")).or_insert_with(Vec::new).push(e.path.as_str());
        m
    });
    let mut exts: Vec<_> = by_ext.keys().copied().collect();
    exts.sort_by_key(|e| (std::cmp::Reverse(by_ext[e].len()), *e));
    for e in &exts {
        println!("{:>7}: {:?}", e, by_ext[e]);
    }

    let dirs: HashSet<&str> = entries.iter().filter_map(|e| e.path.rsplit_once('/').map(|(d, _)| d)).collect();
    let top_dirs: BTreeMap<&str, u64> = entries.iter().fold(BTreeMap::new(), |mut m, e| {
        let top = e.path.split('/').next().filter(|_| e.path.contains('/')).unwrap_or(".");
        *m.entry(top).or_insert(0) += e.size;
        m
    });
    println!("{} distinct dirs", dirs.len());
    for (d, size) in &top_dirs {
        println!("  {:<8}{:>10}", d, human(*size));
    }
    let initials: String = entries.iter().map(|e| e.path.chars().next().unwrap()).collect();
    let has_hidden = entries.iter().any(|e| e.path.starts_with('.'));
    let all_small_names = entries.iter().all(|e| e.path.len() < 20);
    println!("initials={} hidden={} short_names={}", initials, has_hidden, all_small_names);
    let largest_rs = entries.iter().filter(|e| e.path.ends_with(".rs")).max_by_key(|e| e.size).map(|e| &e.path);
    println!("largest rust file: {:?}", largest_rs);
}

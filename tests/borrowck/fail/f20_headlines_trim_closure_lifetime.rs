// Headline cleaner: strip whitespace from each headline with a closure.
fn main() {
    let headlines = vec![
        String::from("  Markets rally "),
        String::from("Local team wins championship   "),
        String::from("   Rain expected"),
    ];

    let clean = |h: &String| h.trim();

    let mut best = "";
    for h in headlines.iter() {
        let c = clean(h);
        if c.len() > best.len() {
            best = c;
        }
    }
    println!("featured headline: {}", best);
}

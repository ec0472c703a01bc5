use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

fn abbreviate(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .flat_map(|word| {
            let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
            let all_caps = letters.iter().all(|c| c.is_uppercase());
            let picked: Vec<char> = letters
                .iter()
                .enumerate()
                .filter(|&(i, c)| i == 0 || (!all_caps && c.is_uppercase() && !letters[i - 1].is_uppercase()))
                .map(|(_, c)| c.to_ascii_uppercase())
                .collect();
            picked
        })
        .collect()
}

#[derive(Default)]
struct Glossary {
    entries: BTreeMap<String, Vec<String>>,
    lookups: u32,
}

struct Writer {
    name: &'static str,
    glossary: Rc<RefCell<Glossary>>,
}

impl Writer {
    fn define(&self, phrase: &str) -> String {
        let acr = abbreviate(phrase);
        let mut g = self.glossary.borrow_mut();
        let list = g.entries.entry(acr.clone()).or_default();
        if !list.iter().any(|p| p.starts_with(phrase)) {
            list.push(format!("{phrase} (by {})", self.name));
        }
        acr
    }

    fn lookup(&self, acr: &str) -> Option<Vec<String>> {
        let mut g = self.glossary.borrow_mut();
        g.lookups += 1;
        g.entries.get(acr).cloned()
    }
}

fn main() {
    let phrases = [
        "Portable Network Graphics",
        "Ruby on Rails",
        "HyperText Markup Language",
        "First In, First Out",
        "GNU Image Manipulation Program",
        "Complementary metal-oxide semiconductor",
        "Rolling On The Floor Laughing So Hard That My Dogs Came Over And Licked Me",
        "Something - I made up from thin air",
        "Halley's Comet",
        "The Road _Not_ Taken",
        "PHP: Hypertext Preprocessor",
        "",
    ];
    for p in phrases {
        println!("{:<45} => {:?}", if p.len() > 42 { format!("{}...", &p[..42]) } else { p.to_string() }, abbreviate(p));
    }

    let shared = Rc::new(RefCell::new(Glossary::default()));
    let alice = Writer { name: "alice", glossary: Rc::clone(&shared) };
    let bob = Writer { name: "bob", glossary: Rc::clone(&shared) };
    println!("\nglossary owners: {}", Rc::strong_count(&shared));

    let defined: Vec<String> = [
        (&alice, "Central Processing Unit"),
        (&bob, "Cascading Style Sheets"),
        (&alice, "Content Security Policy"),
        (&bob, "Certified Scrum Professional"),
        (&bob, "Graphics Processing Unit"),
        (&alice, "Customer Service Portal"),
        (&bob, "Central Processing Unit"),
    ]
    .iter()
    .map(|(w, p)| w.define(p))
    .collect();
    println!("defined: {}", defined.join(", "));

    for (i, q) in ["CSP", "GPU", "XYZ", "CPU"].into_iter().enumerate() {
        let who = if i % 2 == 0 { &alice } else { &bob };
        match who.lookup(q) {
            Some(list) => {
                println!("{} looks up {q}: {} meaning(s)", who.name, list.len());
                for (i, m) in list.iter().enumerate() {
                    println!("   {}. {m}", i + 1);
                }
            }
            None => println!("{} looks up {q}: unknown", who.name),
        }
    }

    let g = shared.borrow();
    println!("\ntotal lookups: {}", g.lookups);
    let ambiguous: Vec<(&String, usize)> = g.entries.iter().map(|(k, v)| (k, v.len())).filter(|&(_, n)| n > 1).collect();
    println!("ambiguous acronyms: {:?}", ambiguous);
    let letters: String = g.entries.keys().flat_map(|k| k.chars()).collect();
    println!("all letters: {letters} (len {:>3}, hex of len {:#06x})", letters.len(), letters.len());
    drop(g);
    drop(alice);
    println!("owners after dropping alice: {}", Rc::strong_count(&shared));
}

// Tokenizer holding &'a str, impl<'a> Iterator for Tokens<'a>, structs with two lifetimes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tok<'a> {
    Ident(&'a str),
    Num(&'a str),
    Str(&'a str),
    Punct(char),
}

pub struct Tokens<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokens { src, pos: 0 }
    }
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }
    fn take_while<P: Fn(char) -> bool>(&mut self, pred: P) -> &'a str {
        let rest = self.rest();
        let len = rest.find(|c: char| !pred(c)).unwrap_or(rest.len());
        self.pos += len;
        &rest[..len]
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Tok<'a>;
    fn next(&mut self) -> Option<Tok<'a>> {
        self.take_while(char::is_whitespace);
        let c = self.rest().chars().next()?;
        Some(if c.is_ascii_alphabetic() || c == '_' {
            Tok::Ident(self.take_while(|c| c.is_ascii_alphanumeric() || c == '_'))
        } else if c.is_ascii_digit() {
            Tok::Num(self.take_while(|c| c.is_ascii_digit() || c == '.'))
        } else if c == '"' {
            self.pos += 1;
            let s = self.take_while(|c| c != '"');
            self.pos = (self.pos + 1).min(self.src.len());
            Tok::Str(s)
        } else {
            self.pos += c.len_utf8();
            Tok::Punct(c)
        })
    }
}

/// A view over a source string plus a separate table of keywords: two lifetimes.
pub struct Highlighter<'src, 'kw> {
    src: &'src str,
    keywords: &'kw [&'kw str],
}

impl<'src, 'kw> Highlighter<'src, 'kw> {
    pub fn new(src: &'src str, keywords: &'kw [&'kw str]) -> Self {
        Highlighter { src, keywords }
    }
    pub fn keywords_used(&self) -> Vec<&'kw str> {
        let mut used: Vec<&'kw str> = self
            .keywords
            .iter()
            .copied()
            .filter(|kw| Tokens::new(self.src).any(|t| t == Tok::Ident(kw)))
            .collect();
        used.sort();
        used
    }
    pub fn idents(&self) -> impl Iterator<Item = &'src str> + '_ {
        Tokens::new(self.src).filter_map(move |t| match t {
            Tok::Ident(s) if !self.keywords.contains(&s) => Some(s),
            _ => None,
        })
    }
    pub fn render(&self) -> String {
        Tokens::new(self.src)
            .map(|t| match t {
                Tok::Ident(s) if self.keywords.contains(&s) => s.to_uppercase(),
                Tok::Ident(s) => s.to_string(),
                Tok::Num(n) => format!("#{}", n),
                Tok::Str(s) => format!("{:?}", s),
                Tok::Punct(c) => c.to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn longest_ident<'a>(src: &'a str) -> Option<&'a str> {
    Tokens::new(src)
        .filter_map(|t| if let Tok::Ident(s) = t { Some(s) } else { None })
        .fold(None, |best: Option<&'a str>, s| match best {
            Some(b) if b.len() >= s.len() => Some(b),
            _ => Some(s),
        })
}

fn main() {
    let src = r#"let total_sum = price * 3.5 + tax; if total_sum > 100 { print("big") }"#;
    let toks: Vec<Tok> = Tokens::new(src).collect();
    println!("{} tokens", toks.len());
    for t in toks.iter().take(8) {
        println!("  {:?}", t);
    }
    let kws = ["let", "if", "else", "fn"];
    let longest;
    {
        let hl = Highlighter::new(src, &kws);
        println!("keywords used: {:?}", hl.keywords_used());
        let ids: Vec<&str> = hl.idents().collect();
        println!("idents: {:?}", ids);
        println!("render: {}", hl.render());
        longest = longest_ident(hl.src);
    }
    println!("longest ident: {:?}", longest);
    let nums: f64 = Tokens::new(src)
        .filter_map(|t| match t {
            Tok::Num(n) => n.parse::<f64>().ok(),
            _ => None,
        })
        .sum();
    println!("sum of numbers: {}", nums);
    let unterminated: Vec<Tok> = Tokens::new("x = \"open").collect();
    println!("unterminated: {:?}", unterminated);
    println!("punct count: {}", Tokens::new(src).filter(|t| matches!(t, Tok::Punct(_))).count());
}

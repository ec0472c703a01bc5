#[derive(Debug, Clone, PartialEq)]
enum Token<'a> {
    Literal(&'a str),
    AnyChar,
    AnySeq,
    Class(Vec<(char, char)>, bool),
}

struct Pattern<'a> {
    source: &'a str,
    tokens: Vec<Token<'a>>,
}

impl<'a> Pattern<'a> {
    fn compile(source: &'a str) -> Result<Pattern<'a>, String> {
        let mut tokens = Vec::new();
        let mut rest = source;
        while let Some(c) = rest.chars().next() {
            match c {
                '*' => {
                    if tokens.last() != Some(&Token::AnySeq) {
                        tokens.push(Token::AnySeq);
                    }
                    rest = &rest[1..];
                }
                '?' => {
                    tokens.push(Token::AnyChar);
                    rest = &rest[1..];
                }
                '[' => {
                    let end = rest.find(']').ok_or_else(|| format!("unclosed '[' in {:?}", source))?;
                    let body = &rest[1..end];
                    let (negate, body) = match body.strip_prefix('!') {
                        Some(b) => (true, b),
                        None => (false, body),
                    };
                    let chars: Vec<char> = body.chars().collect();
                    let mut ranges = Vec::new();
                    let mut i = 0;
                    while i < chars.len() {
                        if i + 2 < chars.len() && chars[i + 1] == '-' {
                            ranges.push((chars[i], chars[i + 2]));
                            i += 3;
                        } else {
                            ranges.push((chars[i], chars[i]));
                            i += 1;
                        }
                    }
                    tokens.push(Token::Class(ranges, negate));
                    rest = &rest[end + 1..];
                }
                _ => {
                    let len = rest.find(['*', '?', '[']).unwrap_or(rest.len());
                    let (lit, tail) = rest.split_at(len);
                    tokens.push(Token::Literal(lit));
                    rest = tail;
                }
            }
        }
        Ok(Pattern { source, tokens })
    }

    fn matches(&self, text: &str) -> bool {
        Self::match_from(&self.tokens, text)
    }

    fn match_from(tokens: &[Token], text: &str) -> bool {
        let Some((first, rest)) = tokens.split_first() else {
            return text.is_empty();
        };
        match first {
            Token::Literal(lit) => text.strip_prefix(lit).is_some_and(|t| Self::match_from(rest, t)),
            Token::AnyChar => {
                let mut cs = text.chars();
                cs.next().is_some() && Self::match_from(rest, cs.as_str())
            }
            Token::Class(ranges, negate) => {
                let mut cs = text.chars();
                match cs.next() {
                    Some(c) => ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&c)) != *negate && Self::match_from(rest, cs.as_str()),
                    None => false,
                }
            }
            Token::AnySeq => text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).any(|i| Self::match_from(rest, &text[i..])),
        }
    }
}

fn main() {
    let files = ["main.rs", "lib.rs", "Cargo.toml", "build.rs", "README.md", "src1.rs", "src2.txt", "a.b.c", "", "x"];
    let patterns = ["*.rs", "???.rs", "src[0-9].*", "[!a-z]*", "*.*.*", "*", "?", "**md", "[Rr]EAD*", "lib.rs", "b[u-z]ild.r?"];
    for p in patterns {
        let pat = Pattern::compile(p).unwrap();
        let hits: Vec<&str> = files.iter().copied().filter(|f| pat.matches(f)).collect();
        println!("{:<12} {:>2} tokens -> {:?}", pat.source, pat.tokens.len(), hits);
    }
    let pat = Pattern::compile("a*[xyz]?b").unwrap();
    println!("{:?}", pat.tokens);
    println!("{:#?}", Pattern::compile("[a-c!]x").unwrap().tokens);
    for bad in ["abc[", "[a-"] {
        match Pattern::compile(bad) {
            Ok(p) => println!("compiled {:?}", p.tokens),
            Err(e) => println!("error: {}", e),
        }
    }
    let unicode = Pattern::compile("h?llo*").unwrap();
    for t in ["héllo wörld", "hallo", "hllo"] {
        println!("{:?} ~ {:?} = {}", t, unicode.source, unicode.matches(t));
    }
}

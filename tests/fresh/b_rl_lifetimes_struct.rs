#[derive(Debug)]
struct Book<'a> {
    author: &'a str,
    title: &'a str,
}

struct Highlighter<'t> {
    text: &'t str,
}

impl<'t> Highlighter<'t> {
    fn first_sentence(&self) -> &'t str {
        self.text.split('.').next().unwrap_or("").trim()
    }

    fn words_longer_than(&self, n: usize) -> Vec<&'t str> {
        self.text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.len() > n)
            .collect()
    }
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

struct Parser<'s> {
    input: &'s str,
    pos: usize,
}

impl<'s> Parser<'s> {
    fn new(input: &'s str) -> Self {
        Parser { input, pos: 0 }
    }

    fn next_token(&mut self) -> Option<&'s str> {
        let rest = &self.input[self.pos..];
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - trimmed.len());
        let len = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        self.pos = start + len;
        Some(&self.input[start..start + len])
    }
}

fn main() {
    let text = String::from("Call me Ishmael. Some years ago, never mind how long precisely, I had little money.");
    let h = Highlighter { text: &text };
    println!("first sentence: {:?}", h.first_sentence());
    println!("long words: {:?}", h.words_longer_than(5));

    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        result = longest(string1.as_str(), string2.as_str()).to_string();
    }
    println!("The longest string is '{}'", result);

    let library = "Herman Melville;Moby Dick\nJane Austen;Emma\nLeo Tolstoy;War and Peace";
    let books: Vec<Book> = library
        .lines()
        .filter_map(|l| l.split_once(';'))
        .map(|(author, title)| Book { author, title })
        .collect();
    for b in &books {
        println!("{:?}", b);
    }
    let longest_title = books.iter().map(|b| b.title).fold("", longest);
    println!("longest title: {}", longest_title);

    let mut p = Parser::new("  let  x =   42 ;  ");
    let mut tokens = Vec::new();
    while let Some(t) = p.next_token() {
        tokens.push(t);
    }
    println!("tokens: {:?} (parser stopped at {})", tokens, p.pos);
}

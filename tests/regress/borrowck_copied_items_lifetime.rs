// Items of `.copied()` over `&[&'a str]` carry 'a only, not the slice's own borrow: each function may return them.
fn first<'a>(words: &[&'a str]) -> Option<&'a str> { words.iter().copied().next() }
fn longest<'a>(words: &[&'a str]) -> Option<&'a str> { words.iter().copied().max_by_key(|w| w.len()) }
fn longest2<'a>(words: &[&'a str]) -> Option<&'a str> { words.iter().max_by_key(|w| w.len()).copied() }
fn find<'a>(words: &[&'a str], c: char) -> Option<&'a str> { words.iter().copied().find(|w| w.contains(c)) }
fn main() { let v = vec!["ab", "c"]; println!("{:?} {:?} {:?} {:?}", first(&v), longest(&v), longest2(&v), find(&v, 'c')); }

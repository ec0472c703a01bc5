// What str's searching methods accept: a char, a &str (and &String, &&str), a slice or array of chars, or a
// closure on chars. Each finds its matches left to right (and right to left) as std's searchers do.

pub trait Pattern: Sized {
    /// The first match at or after byte `from` (as start, end).
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)>;
    /// The last match ending at or before byte `to`.
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)>;
    /// The length of a match starting exactly at byte i, if there is one.
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize>;
    /// The length of a match ending exactly at byte j, if there is one.
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize>;
    fn is_prefix_of(mut self, haystack: &str) -> bool { self.prefix_len_at(haystack, 0).is_some() }
    fn is_suffix_of(mut self, haystack: &str) -> bool { self.suffix_len_at(haystack, haystack.len()).is_some() }
    /// Whether a match may be empty (an empty &str): empty matches step one char at a time.
    fn can_match_empty(&self) -> bool { false }
}

/// Patterns that match one char at a time by a test.
trait CharPattern {
    fn matches_char(&mut self, c: char) -> bool;
}

impl CharPattern for char {
    fn matches_char(&mut self, c: char) -> bool { *self == c }
}

fn char_find<P: CharPattern>(p: &mut P, haystack: &str, from: usize) -> Option<(usize, usize)> {
    for (i, c) in haystack[from..].char_indices() {
        if p.matches_char(c) {
            return Some((from + i, from + i + c.len_utf8()));
        }
    }
    None
}

fn char_rfind<P: CharPattern>(p: &mut P, haystack: &str, to: usize) -> Option<(usize, usize)> {
    let mut it = haystack[..to].char_indices();
    while let Some((i, c)) = it.next_back() {
        if p.matches_char(c) {
            return Some((i, i + c.len_utf8()));
        }
    }
    None
}

fn char_prefix<P: CharPattern>(p: &mut P, haystack: &str, i: usize) -> Option<usize> {
    let c = haystack[i..].chars().next()?;
    if p.matches_char(c) { Some(c.len_utf8()) } else { None }
}

fn char_suffix<P: CharPattern>(p: &mut P, haystack: &str, j: usize) -> Option<usize> {
    let c = haystack[..j].chars().next_back()?;
    if p.matches_char(c) { Some(c.len_utf8()) } else { None }
}

impl Pattern for char {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { char_find(self, haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { char_rfind(self, haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> { char_prefix(self, haystack, i) }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> { char_suffix(self, haystack, j) }
}

struct FnChar<F>(F);

impl<F: FnMut(char) -> bool> CharPattern for FnChar<F> {
    fn matches_char(&mut self, c: char) -> bool { (self.0)(c) }
}

impl<F: FnMut(char) -> bool> Pattern for F {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { char_find(&mut FnChar(|c| self(c)), haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { char_rfind(&mut FnChar(|c| self(c)), haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> { char_prefix(&mut FnChar(|c| self(c)), haystack, i) }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> { char_suffix(&mut FnChar(|c| self(c)), haystack, j) }
}

struct CharSet<'a>(&'a [char]);

impl CharPattern for CharSet<'_> {
    fn matches_char(&mut self, c: char) -> bool { self.0.contains(&c) }
}

impl<const N: usize> Pattern for [char; N] {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { char_find(&mut CharSet(&self[..]), haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { char_rfind(&mut CharSet(&self[..]), haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> { char_prefix(&mut CharSet(&self[..]), haystack, i) }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> { char_suffix(&mut CharSet(&self[..]), haystack, j) }
}

impl<const N: usize> Pattern for &[char; N] {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { char_find(&mut CharSet(&self[..]), haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { char_rfind(&mut CharSet(&self[..]), haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> { char_prefix(&mut CharSet(&self[..]), haystack, i) }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> { char_suffix(&mut CharSet(&self[..]), haystack, j) }
}

impl Pattern for &[char] {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { char_find(&mut CharSet(self), haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { char_rfind(&mut CharSet(self), haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> { char_prefix(&mut CharSet(self), haystack, i) }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> { char_suffix(&mut CharSet(self), haystack, j) }
}

fn str_find(needle: &str, haystack: &str, from: usize) -> Option<(usize, usize)> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.len() > h.len() {
        return None;
    }
    let mut i = from;
    while i + n.len() <= h.len() {
        if &h[i..i + n.len()] == n && haystack.is_char_boundary(i) {
            return Some((i, i + n.len()));
        }
        i = i + 1;
    }
    None
}

fn str_rfind(needle: &str, haystack: &str, to: usize) -> Option<(usize, usize)> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.len() > to {
        return None;
    }
    let mut i = to - n.len() + 1;
    while i > 0 {
        i = i - 1;
        if &h[i..i + n.len()] == n && haystack.is_char_boundary(i) {
            return Some((i, i + n.len()));
        }
    }
    None
}

impl Pattern for &str {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { str_find(self, haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { str_rfind(self, haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> {
        if haystack.as_bytes()[i..].starts_with(self.as_bytes()) { Some(self.len()) } else { None }
    }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> {
        if haystack.as_bytes()[..j].ends_with(self.as_bytes()) { Some(self.len()) } else { None }
    }
    fn can_match_empty(&self) -> bool { self.is_empty() }
}

impl Pattern for &&str {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { str_find(self, haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { str_rfind(self, haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> { (**self).prefix_len_at(haystack, i) }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> { (**self).suffix_len_at(haystack, j) }
    fn can_match_empty(&self) -> bool { self.is_empty() }
}

impl Pattern for &crate::string::String {
    fn find_in(&mut self, haystack: &str, from: usize) -> Option<(usize, usize)> { str_find(self.as_str(), haystack, from) }
    fn rfind_in(&mut self, haystack: &str, to: usize) -> Option<(usize, usize)> { str_rfind(self.as_str(), haystack, to) }
    fn prefix_len_at(&mut self, haystack: &str, i: usize) -> Option<usize> { self.as_str().prefix_len_at(haystack, i) }
    fn suffix_len_at(&mut self, haystack: &str, j: usize) -> Option<usize> { self.as_str().suffix_len_at(haystack, j) }
    fn can_match_empty(&self) -> bool { self.is_empty() }
}

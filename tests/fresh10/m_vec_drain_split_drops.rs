use std::fmt;

struct Token {
    name: String,
}

impl Token {
    fn new(name: &str) -> Token {
        Token { name: name.to_string() }
    }
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("  drop Token({})", self.name);
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.name)
    }
}

fn make(names: &[&str]) -> Vec<Token> {
    names.iter().map(|n| Token::new(n)).collect()
}

fn main() {
    let mut v = make(&["a", "b", "c", "d", "e"]);
    println!("start {:?} len={} cap={}", v, v.len(), v.capacity());

    v.insert(1, Token::new("x"));
    println!("after insert(1,x): {:?}", v);

    let removed = v.remove(2);
    println!("remove(2) returned {:?}; vec {:?}", removed, v);
    drop(removed);

    let swapped = v.swap_remove(0);
    println!("swap_remove(0) returned {:?}; vec {:?}", swapped, v);

    println!("-- drain(1..3) consumed fully --");
    let drained: Vec<Token> = v.drain(1..3).collect();
    println!("drained {:?}, left {:?}", drained, v);
    drop(drained);
    println!("-- after dropping drained --");

    let mut w = make(&["p", "q", "r", "s", "t", "u"]);
    println!("-- drain(..4) partially consumed --");
    {
        let mut it = w.drain(..4);
        let first = it.next().unwrap();
        println!("took {:?} from drain", first);
        println!("dropping the drain iterator now");
    }
    println!("w after partial drain {:?}", w);

    println!("-- split_off --");
    let mut list = make(&["one", "two", "three", "four"]);
    let tail = list.split_off(2);
    println!("head {:?} (cap {}), tail {:?} (cap {})", list, list.capacity(), tail, tail.capacity());

    println!("-- into_boxed_slice --");
    let mut grow = make(&["k1", "k2"]);
    grow.reserve(10);
    println!("before boxing len={} cap>=12: {}", grow.len(), grow.capacity() >= 12);
    let boxed: Box<[Token]> = grow.into_boxed_slice();
    println!("boxed slice len={} bytes={}", boxed.len(), std::mem::size_of_val(&*boxed));

    println!("-- retain --");
    let mut keep = make(&["ant", "bee", "cat", "dog"]);
    keep.retain(|t| t.name.len() == 3 && !t.name.starts_with('b'));
    println!("retained {:?}", keep);

    println!("-- end of main: locals drop in reverse declaration order --");
}

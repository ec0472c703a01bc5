// Rc::try_unwrap succeeds only for the last strong owner. A forgotten clone makes
// the final unwrap() panic; the Err carries the Rc back and Debug prints its value.
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Buffer {
    bytes: Vec<u8>,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("drop Buffer of {} bytes", self.bytes.len());
    }
}

struct Reader {
    src: Rc<Buffer>,
    pos: usize,
}

impl Reader {
    fn next(&mut self) -> Option<u8> {
        let b = self.src.bytes.get(self.pos).copied();
        self.pos += 1;
        b
    }
}

fn report(label: &str, rc: &Rc<Buffer>) {
    println!("{label}: strong {} weak {}", Rc::strong_count(rc), Rc::weak_count(rc));
}

fn main() {
    let first = Rc::new(Buffer { bytes: vec![1, 2, 3] });
    let watcher: Weak<Buffer> = Rc::downgrade(&first);
    report("first", &first);
    let inner = Rc::try_unwrap(first).unwrap();
    println!("unwrapped {} bytes; watcher alive: {}", inner.bytes.len(), watcher.upgrade().is_some());
    drop(inner);

    let shared = Rc::new(Buffer { bytes: b"hello".to_vec() });
    let mut r1 = Reader { src: Rc::clone(&shared), pos: 0 };
    let mut r2 = Reader { src: Rc::clone(&shared), pos: 3 };
    report("with two readers", &shared);
    let mut out = Vec::new();
    while let Some(b) = r1.next() {
        out.push(b as char);
    }
    println!("r1 read {:?}, r2 next {:?}", out.iter().collect::<String>(), r2.next().map(|b| b as char));
    drop(r1);
    report("after dropping r1", &shared);

    let attempt = Rc::try_unwrap(shared);
    let shared = match attempt {
        Ok(_) => unreachable!(),
        Err(rc) => {
            println!("try_unwrap failed, got the Rc back (strong {})", Rc::strong_count(&rc));
            rc
        }
    };
    println!("r2 still at position {}", r2.pos);
    let size = std::mem::size_of_val(&*shared);
    println!("pointee size {} (Vec header), heap bytes {}", size, shared.bytes.capacity());
    // r2 is still alive and holds a strong reference: this unwrap panics.
    let buf = Rc::try_unwrap(shared).unwrap();
    println!("never printed {}", buf.bytes.len());
}

// Rc::try_unwrap on a shared Rc returns Err; unwrapping that panics.
use std::fmt;
use std::rc::Rc;

struct Buffer {
    id: u32,
    data: Vec<u8>,
}

impl fmt::Debug for Buffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Buffer#{}[{}]", self.id, self.data.len())
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("  drop {:?}", self);
    }
}

struct Pool {
    buffers: Vec<Rc<Buffer>>,
}

impl Drop for Pool {
    fn drop(&mut self) {
        println!("  drop Pool of {}", self.buffers.len());
    }
}

fn reclaim(b: Rc<Buffer>) -> Buffer {
    println!("  reclaim: strong={} weak={}", Rc::strong_count(&b), Rc::weak_count(&b));
    Rc::try_unwrap(b).unwrap()
}

fn main() {
    let mut pool = Pool { buffers: Vec::new() };
    for id in 1..=3 {
        pool.buffers.push(Rc::new(Buffer { id, data: vec![id as u8; id as usize * 4] }));
    }
    let bytes: usize = pool.buffers.iter().map(|b| b.data.len()).sum();
    println!("pool holds {} buffers, {} bytes", pool.buffers.len(), bytes);

    println!("reclaiming a unique buffer:");
    let last = pool.buffers.pop().unwrap();
    let owned = reclaim(last);
    println!("owned {:?} cap {}", owned, owned.data.capacity());
    drop(owned);

    println!("sharing buffer 1:");
    let alias = Rc::clone(&pool.buffers[0]);
    let weak = Rc::downgrade(&alias);
    println!("alias {:?} strong {} weak {}", alias, Rc::strong_count(&alias), weak.weak_count());
    let check = Rc::try_unwrap(Rc::clone(&alias));
    println!("try_unwrap of a third handle is_err: {}", check.is_err());
    drop(check);
    println!("strong back to {}", Rc::strong_count(&alias));

    println!("reclaiming a shared buffer (will panic):");
    let first = pool.buffers.remove(0);
    let owned = reclaim(first);
    println!("unreachable {:?}", owned);
}

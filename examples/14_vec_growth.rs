// Tour stop 14: a Vec is three words on the stack (pointer, capacity, length) and its elements on
// the heap; pushing past the capacity reallocates (the capacity doubles) and may move the buffer.
fn main() {
    let mut v: Vec<u64> = Vec::with_capacity(2);
    v.push(100);
    v.push(200);
    let blocker = Box::new(7u8); // allocated right after v's buffer: v cannot grow in place
    v.push(300); // capacity 2 → 4: a new buffer, the elements copied, the old buffer freed
    println!("len {} cap {} {:?} {}", v.len(), v.capacity(), v, blocker);
}

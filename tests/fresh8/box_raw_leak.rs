use std::mem::size_of_val;

#[derive(Debug)]
struct Payload {
    id: u32,
    values: Vec<i32>,
}

impl Drop for Payload {
    fn drop(&mut self) {
        println!("  drop Payload {} with {} values", self.id, self.values.len());
    }
}

struct Node {
    value: i32,
    next: *mut Node,
}

fn main() {
    println!("-- into_raw / from_raw round trip --");
    let b = Box::new(Payload { id: 1, values: vec![1, 2, 3] });
    let raw: *mut Payload = Box::into_raw(b);
    println!("raw is null? {}", raw.is_null());
    unsafe {
        (*raw).values.push(4);
        (*raw).id = 11;
        println!("through raw: id={} values={:?}", (*raw).id, (*raw).values);
    }
    println!("re-boxing, the Box will drop it:");
    let back = unsafe { Box::from_raw(raw) };
    println!("back in a box: id={} len={}", back.id, back.values.len());
    drop(back);

    println!("-- raw box of a slice --");
    let boxed_slice: Box<[u16]> = vec![5, 6, 7, 8].into_boxed_slice();
    println!("boxed slice len={} bytes={} handle={}", boxed_slice.len(), size_of_val(&*boxed_slice), size_of_val(&boxed_slice));
    let raw_slice: *mut [u16] = Box::into_raw(boxed_slice);
    unsafe {
        (*raw_slice)[0] = 50;
        let len = (&*raw_slice).len();
        println!("raw slice len={} first={}", len, (*raw_slice)[0]);
        let restored = Box::from_raw(raw_slice);
        println!("restored = {:?}", restored);
    }

    println!("-- Box::leak gives a 'static reference --");
    let leaked: &'static mut Payload = Box::leak(Box::new(Payload { id: 2, values: vec![9; 3] }));
    leaked.values.push(10);
    println!("leaked id={} values={:?}", leaked.id, leaked.values);
    let name: &'static str = Box::leak(String::from("forever").into_boxed_str());
    println!("leaked str = {} len={}", name, name.len());
    let config: &'static [u8] = Vec::leak(vec![1, 2, 3]);
    println!("leaked Vec slice = {:?}", config);

    println!("-- hand-built linked list with raw pointers --");
    let mut head: *mut Node = std::ptr::null_mut();
    for v in [3, 2, 1] {
        head = Box::into_raw(Box::new(Node { value: v, next: head }));
    }
    let mut sum = 0;
    let mut count = 0;
    let mut cur = head;
    while !cur.is_null() {
        unsafe {
            print!("{} -> ", (*cur).value);
            sum += (*cur).value;
            count += 1;
            cur = (*cur).next;
        }
    }
    println!("null");
    println!("count={} sum={}", count, sum);
    // Double every value in place.
    cur = head;
    while !cur.is_null() {
        unsafe {
            (*cur).value *= 2;
            cur = (*cur).next;
        }
    }
    // Free the list by reboxing each node exactly once.
    let mut freed = Vec::new();
    cur = head;
    while !cur.is_null() {
        let node = unsafe { Box::from_raw(cur) };
        freed.push(node.value);
        cur = node.next;
    }
    println!("freed nodes with values {:?}", freed);

    println!("-- Box<Payload> moved into and out of Option --");
    let mut slot: Option<Box<Payload>> = Some(Box::new(Payload { id: 3, values: vec![] }));
    if let Some(p) = slot.as_mut() {
        p.values.extend([7, 7]);
    }
    let taken = slot.take().unwrap();
    println!("taken id={} values={:?} slot is_none={}", taken.id, taken.values, slot.is_none());
    let unboxed: Payload = *taken;
    println!("unboxed id={}", unboxed.id);
    println!("end of main");
}

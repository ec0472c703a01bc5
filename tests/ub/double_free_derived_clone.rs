#[derive(Clone)]
struct Buffer {
    data: *mut u32,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("freeing buffer");
        unsafe { drop(Box::from_raw(self.data)) };
    }
}

fn main() {
    let a = Buffer { data: Box::into_raw(Box::new(5)) };
    let b = a.clone();
    println!("a = {}, b = {}", unsafe { *a.data }, unsafe { *b.data });
    drop(a);
    drop(b);
}

use std::alloc::{Layout, alloc, dealloc, realloc};

fn main() {
    let layout = Layout::array::<u64>(8).unwrap();
    unsafe {
        let buf = alloc(layout) as *mut u64;
        for i in 0..8 {
            *buf.add(i) = 1u64 << i;
        }
        println!("buf[7] = {}", *buf.add(7));
        let grown = realloc(buf as *mut u8, layout, layout.size() * 4) as *mut u64;
        println!("grown[7] = {}", *grown.add(7));
        let big = Layout::array::<u64>(32).unwrap();
        println!("freeing both buffers");
        dealloc(buf as *mut u8, layout);
        dealloc(grown as *mut u8, big);
    }
    println!("done");
}

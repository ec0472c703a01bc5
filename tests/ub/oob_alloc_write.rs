use std::alloc::{alloc, dealloc, Layout};

fn main() {
    let layout = Layout::array::<u16>(4).unwrap();
    unsafe {
        let p = alloc(layout) as *mut u16;
        for i in 0..4 {
            p.add(i).write(i as u16 * 100);
        }
        println!("last = {}", *p.add(3));
        p.add(4).write(400);
        println!("wrote a fifth element");
        dealloc(p as *mut u8, layout);
    }
}

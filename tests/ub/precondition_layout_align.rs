use std::alloc::Layout;

fn main() {
    let aligns = [8usize, 16, 24];
    for a in aligns {
        println!("layout with align {}", a);
        let l = unsafe { Layout::from_size_align_unchecked(64, a) };
        println!("size = {}", l.size());
    }
}

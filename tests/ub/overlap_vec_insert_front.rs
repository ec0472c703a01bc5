fn insert_front(v: &mut Vec<u64>, value: u64) {
    v.reserve(1);
    let len = v.len();
    unsafe {
        let p = v.as_mut_ptr();
        std::ptr::copy_nonoverlapping(p, p.add(1), len);
        p.write(value);
        v.set_len(len + 1);
    }
}

fn main() {
    let mut v = vec![10, 20, 30];
    println!("v = {:?}", v);
    insert_front(&mut v, 5);
    println!("v = {:?}", v);
}

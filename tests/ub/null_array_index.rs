fn pick(rows: &mut [[i32; 4]; 2], which: usize) -> *mut [i32; 4] {
    match which {
        0 | 1 => &mut rows[which],
        _ => std::ptr::null_mut(),
    }
}

fn main() {
    let mut rows = [[1, 2, 3, 4], [5, 6, 7, 8]];
    for which in 0..3 {
        let row = pick(&mut rows, which);
        println!("row {} picked", which);
        let third = unsafe { (*row)[2] };
        println!("third = {}", third);
    }
}

fn main() {
    let samples: Vec<u16> = vec![100, 200, 300, 400];
    let raw = samples.as_ptr() as *const u8;
    println!("samples = {:?}", samples);
    let shifted = unsafe { raw.add(1) as *const u16 };
    let s = unsafe { *shifted };
    println!("shifted sample = {}", s);
}

fn main() {
    let mut samples: Vec<u16> = Vec::with_capacity(3);
    samples.push(100);
    samples.push(200);
    samples.push(300);
    let head = samples.as_mut_ptr();
    println!("samples = {:?}", samples);
    println!("full: {}", samples.len() == samples.capacity());
    samples.extend(400..420u16);
    println!("after extend len = {}", samples.len());
    unsafe {
        *head = 7;
    }
    println!("first = {}", samples[0]);
}

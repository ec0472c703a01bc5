// A spawned thread reads a heap block its parent already freed (the address was sent as an integer).
use std::thread;

fn main() {
    let b = Box::new([7u64; 50]);
    let p = Box::into_raw(b);
    let addr = p as usize;
    unsafe { drop(Box::from_raw(p)) };
    println!("freed the box");
    let h = thread::spawn(move || {
        let q = addr as *const [u64; 50];
        let v = unsafe { (*q)[3] };
        v + 1
    });
    println!("{}", h.join().unwrap());
}

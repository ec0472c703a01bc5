fn main() {
    let message = String::from("this message is too long");
    let mut buf = [0u8; 16];
    println!("copying {} bytes into a {}-byte buffer", message.len(), buf.len());
    unsafe {
        std::ptr::copy_nonoverlapping(message.as_ptr(), buf.as_mut_ptr(), message.len());
    }
    println!("buf starts with {:?}", &buf[..4]);
}

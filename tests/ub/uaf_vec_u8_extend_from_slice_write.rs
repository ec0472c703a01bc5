fn main() {
    let mut packet: Vec<u8> = vec![0xAA, 0xBB, 0xCC, 0xDD];
    let header = packet.as_mut_ptr();
    println!("packet = {:02x?}", packet);
    let payload = [1u8, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    packet.extend_from_slice(&payload);
    println!("packet len = {}", packet.len());
    println!("patching the header");
    for i in 0..2 {
        unsafe {
            *header.add(i) = 0x00;
        }
    }
    println!("packet = {:02x?}", &packet[..4]);
}

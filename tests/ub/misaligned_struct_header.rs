#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Header {
    magic: u32,
    length: u16,
    flags: u16,
}

fn main() {
    let packet: [u64; 3] = [0x0001_0008_cafe_f00d, 0x1111_2222_3333_4444, 0];
    let bytes = packet.as_ptr() as *const u8;
    let h0 = unsafe { *(bytes as *const Header) };
    println!("aligned header = {:?}", h0);
    let h1 = unsafe { *(bytes.add(2) as *const Header) };
    println!("shifted header = {:?}", h1);
}

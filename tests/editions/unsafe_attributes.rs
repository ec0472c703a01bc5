// editions: 2015 2018 2021 2024
// `#[no_mangle]` / `#[export_name = ..]` without the `unsafe(..)` wrapper: accepted before 2024, "unsafe
// attribute used without unsafe" in 2024.
#[no_mangle]
pub extern "C" fn checksum(data: *const u8, len: usize) -> u32 {
    let bytes = unsafe { std::slice::from_raw_parts(data, len) };
    bytes.iter().fold(0u32, |acc, b| acc.wrapping_mul(31).wrapping_add(*b as u32))
}

#[export_name = "app_version"]
pub extern "C" fn version() -> u32 {
    3
}

struct Packet {
    body: Vec<u8>,
}

fn main() {
    let packets = vec![Packet { body: b"hello".to_vec() }, Packet { body: Vec::new() }];
    for p in &packets {
        println!("len {} checksum {}", p.body.len(), checksum(p.body.as_ptr(), p.body.len()));
    }
    println!("version {}", version());
}

fn send(packet: Vec<u8>) -> Result<usize, Vec<u8>> {
    if packet.len() > 2 { Ok(packet.len()) } else { Err(packet) }
}

fn main() {
    let mut packet = vec![1u8];
    let sent = loop {
        match send(packet) {
            Ok(n) => break n,
            Err(mut back) => {
                back.push(0xff);
                println!("retrying with {} bytes", back.len());
                packet = back;
            }
        }
    };
    println!("sent {} bytes", sent);
}

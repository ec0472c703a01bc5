fn send(packet: Vec<u8>) -> usize {
    packet.len()
}

fn main() {
    let packet = vec![0xde, 0xad, 0xbe, 0xef];
    let mut retries = 0;
    while retries < 3 {
        let sent = send(packet);
        println!("try {}: sent {}", retries, sent);
        retries += 1;
    }
}

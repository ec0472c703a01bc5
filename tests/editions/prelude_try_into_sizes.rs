// editions: 2015 2018 2021 2024
// `.try_into()` on integers without importing TryInto: E0599 before 2021 (the trait is not in scope),
// fine with the 2021 prelude.
struct Packet {
    payload: Vec<u8>,
    ttl: i64,
}

impl Packet {
    fn header(&self) -> Result<(u16, u8), String> {
        let len: u16 = self
            .payload
            .len()
            .try_into()
            .map_err(|_| format!("payload too long: {}", self.payload.len()))?;
        let ttl: u8 = self.ttl.try_into().map_err(|_| format!("bad ttl {}", self.ttl))?;
        Ok((len, ttl))
    }
}

fn main() {
    let packets = vec![
        Packet { payload: vec![1, 2, 3], ttl: 64 },
        Packet { payload: vec![0; 70000], ttl: 1 },
        Packet { payload: Vec::new(), ttl: -3 },
        Packet { payload: vec![9; 300], ttl: 255 },
    ];
    for (i, p) in packets.iter().enumerate() {
        match p.header() {
            Ok((len, ttl)) => println!("packet {}: len={} ttl={}", i, len, ttl),
            Err(e) => println!("packet {}: {}", i, e),
        }
    }
}

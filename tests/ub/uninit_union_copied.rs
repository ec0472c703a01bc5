// A tagged value kept in a union, copied into a Vec, then read through the wrong field.
#[derive(Clone, Copy)]
union Payload {
    flag: bool,
    count: u64,
}

#[derive(Clone, Copy)]
struct Message {
    kind: u8,
    payload: Payload,
}

fn main() {
    let mut inbox = Vec::new();
    inbox.push(Message { kind: 1, payload: Payload { count: 40 } });
    inbox.push(Message { kind: 0, payload: Payload { flag: true } });
    let mut total = 0;
    for m in &inbox {
        println!("message of kind {}", m.kind);
        // bug: every message is read as a count, the flag one too
        if unsafe { m.payload.count } > 10 {
            total += unsafe { m.payload.count };
        }
    }
    println!("total {}", total);
}

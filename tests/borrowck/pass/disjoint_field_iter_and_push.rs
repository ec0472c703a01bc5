struct Inbox {
    unread: Vec<String>,
    archived: Vec<String>,
}

fn main() {
    let mut inbox = Inbox {
        unread: vec!["hi".into(), "sale!".into(), "meeting".into()],
        archived: Vec::new(),
    };
    for msg in inbox.unread.iter() {
        if msg.ends_with('!') {
            inbox.archived.push(msg.clone());
        }
    }
    inbox.unread.retain(|m| !m.ends_with('!'));
    println!("unread {:?} archived {:?}", inbox.unread, inbox.archived);
}

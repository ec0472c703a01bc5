#[derive(Debug)]
enum Message {
    Text(String),
    Ping,
}

fn main() {
    let msg = Message::Text(String::from("hi there"));
    match msg {
        Message::Text(body) => println!("text: {}", body),
        Message::Ping => println!("ping"),
    }
    println!("{:?}", msg);
}

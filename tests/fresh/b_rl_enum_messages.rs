#[derive(Debug, Clone, PartialEq)]
enum Message {
    Resize { width: u64, height: u64 },
    Move(Point),
    Echo(String),
    ChangeColor(u8, u8, u8),
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i64,
    y: i64,
}

#[derive(Debug)]
struct State {
    width: u64,
    height: u64,
    position: Point,
    message: String,
    color: (u8, u8, u8),
    quit: bool,
}

impl State {
    fn process(&mut self, message: Message) {
        match message {
            Message::Resize { width, height } => {
                self.width = width;
                self.height = height;
            }
            Message::Move(p) => self.position = p,
            Message::Echo(s) => self.message = s,
            Message::ChangeColor(r, g, b) => self.color = (r, g, b),
            Message::Quit => self.quit = true,
        }
    }
}

impl Message {
    fn call(&self) -> String {
        match self {
            Message::Resize { width, height } if width == height => format!("square resize to {}", width),
            Message::Resize { width, height } => format!("resize to {}x{}", width, height),
            Message::Move(Point { x: 0, y: 0 }) => "move to origin".to_string(),
            Message::Move(Point { x, y }) => format!("move to ({}, {})", x, y),
            Message::Echo(text) => format!("echo {:?} ({} bytes)", text, text.len()),
            Message::ChangeColor(r, _, _) if *r > 200 => "reddish colour".into(),
            Message::ChangeColor(..) => "other colour".into(),
            Message::Quit => "quit".into(),
        }
    }
}

fn main() {
    let mut state = State {
        width: 0,
        height: 0,
        position: Point { x: 0, y: 0 },
        message: String::from("hello world"),
        color: (0, 0, 0),
        quit: false,
    };
    let messages = vec![
        Message::Resize { width: 10, height: 30 },
        Message::Resize { width: 12, height: 12 },
        Message::Move(Point { x: 10, y: 15 }),
        Message::Move(Point { x: 0, y: 0 }),
        Message::Echo(String::from("Hello world!")),
        Message::ChangeColor(255, 0, 255),
        Message::ChangeColor(10, 20, 30),
        Message::Quit,
    ];
    for m in &messages {
        println!("{:<45} => {}", format!("{:?}", m), m.call());
    }
    for m in messages.iter().cloned() {
        state.process(m);
    }
    println!("{:#?}", state);
    let moves = messages.iter().filter(|m| matches!(m, Message::Move(_))).count();
    println!("moves: {}, contains Quit: {}", moves, messages.contains(&Message::Quit));
}

#[derive(Debug)]
struct Editor {
    clipboard: Option<String>,
}

fn main() {
    let mut ed = Editor { clipboard: Some(String::from("copied")) };
    if let Some(c) = ed.clipboard.as_mut() {
        c.push('!');
    }
    if let Some(c) = ed.clipboard.as_mut() {
        c.push('?');
    }
    println!("{:?}", ed);
}

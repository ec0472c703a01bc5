#[derive(Debug)]
struct Editor {
    clipboard: Option<String>,
}

fn main() {
    let mut ed = Editor { clipboard: Some(String::from("copied")) };
    let c1 = ed.clipboard.as_mut().unwrap();
    let c2 = ed.clipboard.as_mut().unwrap();
    c1.push('!');
    c2.push('?');
    println!("{:?}", ed);
}

#[derive(Debug)]
struct Profile {
    nickname: Option<String>,
}

fn main() {
    let p = Profile { nickname: Some(String::from("zed")) };
    let shown = p.nickname.map(|n| format!("@{}", n));
    println!("{:?}", shown);
    println!("{:?}", p);
}

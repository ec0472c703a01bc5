struct User {
    name: String,
    email: String,
    age: u32,
}

fn send_mail(to: String) -> usize {
    to.len()
}

fn main() {
    let user = User { name: "Ada".into(), email: "ada@example.com".into(), age: 36 };
    let n = send_mail(user.email);
    println!("{} is {} ({} byte address)", user.name, user.age, n);
    let name = user.name;
    println!("{}", name);
}

struct User {
    name: String,
    email: String,
    age: u32,
}

fn send_mail(to: String) {
    println!("mail to {}", to);
}

fn main() {
    let user = User {
        name: String::from("Ada"),
        email: String::from("ada@example.com"),
        age: 36,
    };
    send_mail(user.email);
    println!("{} is {}", user.name, user.age);
    let copy = user;
    println!("{}", copy.name);
}

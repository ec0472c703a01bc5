struct Profile {
    username: String,
    bio: String,
}

fn main() {
    let mut prof = Profile { username: String::from("kit"), bio: String::from("hi") };
    let handle = &prof.username;
    prof.username = String::from("kitty");
    println!("{} / {}", handle, prof.bio);
}

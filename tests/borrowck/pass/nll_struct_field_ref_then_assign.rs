struct Profile {
    username: String,
    bio: String,
}

fn main() {
    let mut prof = Profile { username: String::from("kit"), bio: String::from("hi") };
    let handle = &prof.username;
    let bio = &mut prof.bio;
    bio.push_str(&format!(", I am {}", handle));
    prof.username = String::from("kitty");
    println!("{} / {}", prof.username, prof.bio);
}

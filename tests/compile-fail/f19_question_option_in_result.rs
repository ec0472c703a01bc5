// User record parser: using `?` on an Option inside a function that returns Result.
#[derive(Debug)]
struct User {
    name: String,
    age: u32,
}

fn parse_user(line: &str) -> Result<User, String> {
    let mut fields = line.split(',');
    // Mistake: `next()` returns Option, but the function returns Result.
    let name = fields.next()?.trim().to_string();
    let age_text = fields.next().ok_or("missing age".to_string())?;
    let age = age_text
        .trim()
        .parse::<u32>()
        .map_err(|e| format!("bad age {:?}: {}", age_text, e))?;
    Ok(User { name, age })
}

fn main() {
    let data = "alice, 30\nbob, 41\ncarol, x";
    for line in data.lines() {
        match parse_user(line) {
            Ok(u) => println!("{} is {} years old", u.name, u.age),
            Err(e) => println!("error: {}", e),
        }
    }
}

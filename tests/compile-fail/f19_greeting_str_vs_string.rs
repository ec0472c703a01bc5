// Greeting builder: a struct field expects String but gets a &str.
struct Greeting {
    name: String,
    language: String,
}

impl Greeting {
    fn render(&self) -> String {
        match self.language.as_str() {
            "fr" => format!("Bonjour, {} !", self.name),
            "de" => format!("Hallo, {}!", self.name),
            "es" => format!("¡Hola, {}!", self.name),
            _ => format!("Hello, {}!", self.name),
        }
    }
}

fn main() {
    let people = [("Marie", "fr"), ("Hans", "de"), ("Bob", "en")];
    let mut greetings = Vec::new();

    for (name, lang) in people.iter() {
        greetings.push(Greeting {
            name: name.to_string(),
            // Mistake: `lang` is a &str, the field is a String.
            language: lang,
        });
    }

    for g in &greetings {
        println!("{}", g.render());
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Tone {
    Silence,
    YelledQuestion,
    Yell,
    Question,
    Other,
}

fn classify(message: &str) -> Tone {
    let m = message.trim();
    if m.is_empty() {
        return Tone::Silence;
    }
    let has_letters = m.chars().any(char::is_alphabetic);
    let yelling = has_letters && m == m.to_uppercase();
    let question = m.ends_with('?');
    match (yelling, question) {
        (true, true) => Tone::YelledQuestion,
        (true, false) => Tone::Yell,
        (false, true) => Tone::Question,
        (false, false) => Tone::Other,
    }
}

pub fn reply(message: &str) -> &str {
    match classify(message) {
        Tone::Silence => "Fine. Be that way!",
        Tone::YelledQuestion => "Calm down, I know what I'm doing!",
        Tone::Yell => "Whoa, chill out!",
        Tone::Question => "Sure.",
        Tone::Other => "Whatever.",
    }
}

fn main() {
    let inputs = [
        "Tom-ay-to, tom-aaaah-to.",
        "WATCH OUT!",
        "FCECDFCAAB",
        "Does this cryogenic chamber make me look fat?",
        "You are, what, like 15?",
        "fffbbcbeab?",
        "Hi there!",
        "WHAT'S GOING ON?",
        "1, 2, 3 GO!",
        "1, 2, 3",
        "4?",
        "ZOMG THE %^*@#$(*^ ZOMBIES ARE COMING!!11!!1!",
        "   \t\n",
        "Okay if like my  spacebar  quite a bit?   ",
        "\n\r \tThis is a statement ending with whitespace      ",
    ];
    for (i, msg) in inputs.iter().enumerate() {
        println!("{:2}. {:<16?} {:?} -> {}", i + 1, classify(msg), msg, reply(msg));
    }
    let silent = inputs.iter().filter(|m| classify(m) == Tone::Silence).count();
    println!("silent messages: {}", silent);
}

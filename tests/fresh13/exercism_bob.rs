#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Tone {
    Silence,
    YelledQuestion,
    Yell,
    Question,
    Statement,
}

impl Tone {
    fn classify(message: &str) -> Self {
        let msg = message.trim_end();
        if msg.is_empty() {
            return Tone::Silence;
        }
        let has_letters = msg.chars().any(char::is_alphabetic);
        let yelling = has_letters && msg == msg.to_uppercase();
        let asking = msg.ends_with('?');
        match (yelling, asking) {
            (true, true) => Tone::YelledQuestion,
            (true, false) => Tone::Yell,
            (false, true) => Tone::Question,
            (false, false) => Tone::Statement,
        }
    }

    fn reply(self) -> &'static str {
        match self {
            Tone::Silence => "Fine. Be that way!",
            Tone::YelledQuestion => "Calm down, I know what I'm doing!",
            Tone::Yell => "Whoa, chill out!",
            Tone::Question => "Sure.",
            Tone::Statement => "Whatever.",
        }
    }
}

pub fn reply(message: &str) -> &'static str {
    Tone::classify(message).reply()
}

fn main() {
    let inputs = [
        "Tom-ay-to, tom-aaaah-to.",
        "WATCH OUT!",
        "FCECDFCAAB",
        "Does this cryogenic chamber make me look fat?",
        "You are, what, like 15?",
        "WHAT'S GOING ON?",
        "1, 2, 3 GO!",
        "1, 2, 3",
        "4?",
        "ZOMBIES ARE COMING!!11!!1!",
        "   \t  ",
        "",
        "Okay if like my  spacebar  quite a bit?   ",
        "\nDoes this cryogenic chamber make me look fat?\nNo.",
    ];
    let mut tally = std::collections::BTreeMap::new();
    for msg in inputs {
        let tone = Tone::classify(msg);
        *tally.entry(tone).or_insert(0usize) += 1;
        println!("{:<50} => {}", format!("{msg:?}"), reply(msg));
    }
    for (tone, n) in &tally {
        println!("{tone:?}: {n}");
    }
}

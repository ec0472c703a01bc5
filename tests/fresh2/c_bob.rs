pub fn reply(message: &str) -> &str {
    let trimmed = message.trim();
    let is_question = trimmed.ends_with('?');
    let has_letters = trimmed.chars().any(|c| c.is_alphabetic());
    let is_yelling = has_letters && trimmed.to_uppercase() == trimmed;

    match (trimmed.is_empty(), is_question, is_yelling) {
        (true, _, _) => "Fine. Be that way!",
        (false, true, true) => "Calm down, I know what I'm doing!",
        (false, true, false) => "Sure.",
        (false, false, true) => "Whoa, chill out!",
        _ => "Whatever.",
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
        "It's OK if you don't want to go work for NASA.",
        "WHAT'S GOING ON?",
        "1, 2, 3 GO!",
        "1, 2, 3",
        "4?",
        "ZOMG THE %^*@#$(*^ ZOMBIES ARE COMING!!11!!1!",
        "I HATE THE DENTIST",
        "Ending with ? means a question.",
        ":) ?",
        "Wait! Hang on. Are you going to be OK?",
        "",
        "          ",
        "\t\t\t\t\t\t\t\t\t\t",
        "\nDoes this cryogenic chamber make me look fat?\nNo.",
        "         hmmmmmmm...",
        "Okay if like my  spacebar  quite a bit?   ",
        "\n\r \t",
        "This is a statement ending with whitespace      ",
    ];

    let mut tally = std::collections::BTreeMap::new();
    for (n, input) in inputs.iter().enumerate() {
        let answer = reply(input);
        *tally.entry(answer).or_insert(0u32) += 1;
        println!("{:>2}. {:?} => {}", n + 1, input, answer);
    }
    println!("--- summary ---");
    for (answer, count) in &tally {
        println!("{count:>3} x {answer}");
    }
}

// Beer song exercise: generate verses of "99 Bottles of Beer".
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bottles(u32);

impl fmt::Display for Bottles {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            0 => write!(f, "no more bottles"),
            1 => write!(f, "1 bottle"),
            n => write!(f, "{} bottles", n),
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn verse(n: u32) -> String {
    let now = Bottles(n);
    let first = format!(
        "{} of beer on the wall, {} of beer.\n",
        capitalize(&now.to_string()),
        now
    );
    let second = match n {
        0 => "Go to the store and buy some more, 99 bottles of beer on the wall.\n".to_string(),
        1 => "Take it down and pass it around, no more bottles of beer on the wall.\n".to_string(),
        _ => format!(
            "Take one down and pass it around, {} of beer on the wall.\n",
            Bottles(n - 1)
        ),
    };
    first + &second
}

pub fn sing(start: u32, end: u32) -> String {
    (end..=start)
        .rev()
        .map(verse)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bottles_display() {
        assert_eq!(Bottles(5).to_string(), "5 bottles");
        assert_eq!(Bottles(1).to_string(), "1 bottle");
        assert_eq!(Bottles(0).to_string(), "no more bottles");
    }

    #[test]
    fn verse_eight() {
        assert_eq!(
            verse(8),
            "8 bottles of beer on the wall, 8 bottles of beer.\nTake one down and pass it around, 7 bottles of beer on the wall.\n"
        );
    }

    #[test]
    fn verse_two() {
        // Deliberately wrong expectation: the song says "1 bottle", not "1 bottles".
        assert_eq!(
            verse(2),
            "2 bottles of beer on the wall, 2 bottles of beer.\nTake one down and pass it around, 1 bottles of beer on the wall.\n"
        );
    }

    #[test]
    fn verse_one() {
        assert_eq!(
            verse(1),
            "1 bottle of beer on the wall, 1 bottle of beer.\nTake it down and pass it around, no more bottles of beer on the wall.\n"
        );
    }

    #[test]
    fn verse_zero() {
        let v = verse(0);
        assert!(v.starts_with("No more bottles"), "verse was: {}", v);
        assert!(v.contains("Go to the store"));
    }

    #[test]
    fn sing_last_three() {
        let song = sing(2, 0);
        println!("{}", song);
        assert_eq!(song.lines().count(), 8);
        assert_eq!(song.matches("on the wall").count(), 6);
    }

    #[test]
    fn whole_song_length() {
        let song = sing(99, 0);
        assert_eq!(song.split("\n\n").count(), 100, "expected one verse per bottle");
    }
}

// Keypad door lock: state machine with attempt counter, lockout, and a code change flow.
#[derive(Debug, PartialEq, Clone)]
enum Lock {
    Locked { attempts: u8 },
    Unlocked,
    LockedOut { remaining: u8 },
    ChangingCode { entered: Option<String> },
}

struct Door {
    code: String,
    state: Lock,
    log: Vec<String>,
}

impl Door {
    fn new(code: &str) -> Self {
        Door { code: code.to_owned(), state: Lock::Locked { attempts: 0 }, log: Vec::new() }
    }

    fn press(&mut self, input: &str) {
        let input = input.trim();
        let next = match &mut self.state {
            Lock::LockedOut { remaining } if *remaining > 1 => Lock::LockedOut { remaining: *remaining - 1 },
            Lock::LockedOut { .. } => Lock::Locked { attempts: 0 },
            Lock::Locked { attempts } => {
                if input == self.code {
                    Lock::Unlocked
                } else if *attempts + 1 >= 3 {
                    Lock::LockedOut { remaining: 2 }
                } else {
                    Lock::Locked { attempts: *attempts + 1 }
                }
            }
            Lock::Unlocked if input == "#" => Lock::ChangingCode { entered: None },
            Lock::Unlocked => Lock::Locked { attempts: 0 },
            Lock::ChangingCode { entered } => match entered.take() {
                None if input.len() >= 4 && input.chars().all(|c| c.is_ascii_digit()) => {
                    Lock::ChangingCode { entered: Some(input.to_string()) }
                }
                None => {
                    self.log.push(format!("rejected code {:?}", input));
                    Lock::Unlocked
                }
                Some(first) if first == input => {
                    self.log.push(format!("code changed to {}", "*".repeat(first.len())));
                    self.code = first;
                    Lock::Locked { attempts: 0 }
                }
                Some(_) => {
                    self.log.push("confirmation mismatch".to_string());
                    Lock::Unlocked
                }
            },
        };
        if next != self.state {
            self.log.push(format!("{:?} -> {:?}", self.state, next));
        }
        self.state = next;
    }
}

fn main() {
    let mut door = Door::new("1234");
    let presses = ["0000", "1111", "9999", "1234", "1234", "1234", "#", "12a4", "#", "5678", "5678", "1234", " 5678 ", "x"];
    for p in presses.iter() {
        door.press(p);
        let label = match &door.state {
            Lock::Locked { attempts: 0 } => "locked".to_string(),
            Lock::Locked { attempts } => format!("locked ({} bad)", attempts),
            Lock::Unlocked => "OPEN".to_string(),
            Lock::LockedOut { remaining } => format!("lockout {}", remaining),
            Lock::ChangingCode { entered } => format!("changing (first={})", entered.is_some()),
        };
        println!("{:>8} => {}", format!("{:?}", p), label);
    }
    println!("--- log ({} entries) ---", door.log.len());
    for (i, line) in door.log.iter().enumerate() {
        println!("{:02} {}", i + 1, line);
    }
}

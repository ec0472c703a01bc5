use std::fmt;
use std::ops::{BitOr, BitAnd};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Allergen {
    Eggs = 1,
    Peanuts = 2,
    Shellfish = 4,
    Strawberries = 8,
    Tomatoes = 16,
    Chocolate = 32,
    Pollen = 64,
    Cats = 128,
}

const ALL: [Allergen; 8] = [
    Allergen::Eggs, Allergen::Peanuts, Allergen::Shellfish, Allergen::Strawberries,
    Allergen::Tomatoes, Allergen::Chocolate, Allergen::Pollen, Allergen::Cats,
];

impl fmt::Display for Allergen {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = format!("{:?}", self).to_lowercase();
        f.pad(&name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Allergies {
    score: u32,
}

impl Allergies {
    fn new(score: u32) -> Self {
        Allergies { score }
    }

    fn is_allergic_to(&self, a: &Allergen) -> bool {
        self.score & (*a as u32) != 0
    }

    fn allergies(&self) -> Vec<Allergen> {
        ALL.iter().filter(|a| self.is_allergic_to(a)).copied().collect()
    }
}

impl BitOr<Allergen> for Allergies {
    type Output = Allergies;
    fn bitor(self, a: Allergen) -> Allergies {
        Allergies::new(self.score | a as u32)
    }
}

impl BitAnd for Allergies {
    type Output = Allergies;
    fn bitand(self, other: Allergies) -> Allergies {
        Allergies::new(self.score & other.score & 0xFF)
    }
}

impl fmt::Display for Allergies {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let list = self.allergies();
        if list.is_empty() {
            return write!(f, "no allergies");
        }
        let names: Vec<String> = list.iter().map(|a| a.to_string()).collect();
        write!(f, "{}", names.join(", "))
    }
}

fn main() {
    let scores = [0, 1, 5, 34, 248, 255, 257, 509];
    for s in scores {
        let a = Allergies::new(s);
        println!("score {:>3} ({:#011b}) -> {}", s, s & 0xFF, a);
    }

    println!("\n{:<14}{}", "allergen", "value   mask");
    for al in ALL {
        println!("{:<14}{:>5}   {:08b}", al, al as u32, al as u32);
    }

    let built = Allergies::default() | Allergen::Peanuts | Allergen::Cats | Allergen::Chocolate;
    println!("\nbuilt: score={} -> {}", built.score, built);
    let other = Allergies::new(255 - 128);
    let common = built & other;
    println!("common with {}: {}", other.score, common);

    let table: Vec<(u32, usize)> = (0..=255u32).step_by(51).map(|s| (s, Allergies::new(s).allergies().len())).collect();
    for (s, n) in &table {
        println!("score {s:>3} has {n} allergen(s) {}", "#".repeat(*n));
    }

    let people = [("ann", 3u32), ("ben", 64), ("cid", 200), ("dee", 0)];
    let cat_people: Vec<&str> = people
        .iter()
        .filter(|(_, s)| Allergies::new(*s).is_allergic_to(&Allergen::Cats))
        .map(|(n, _)| *n)
        .collect();
    println!("allergic to cats: {:?}", cat_people);
    let most = people.iter().max_by_key(|(_, s)| Allergies::new(*s).allergies().len()).map(|(n, _)| n);
    println!("most allergies: {:?}", most);
}

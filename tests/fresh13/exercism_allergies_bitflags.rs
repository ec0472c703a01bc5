use std::fmt;
use std::ops::{BitAnd, BitOr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Allergen {
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
    Allergen::Eggs,
    Allergen::Peanuts,
    Allergen::Shellfish,
    Allergen::Strawberries,
    Allergen::Tomatoes,
    Allergen::Chocolate,
    Allergen::Pollen,
    Allergen::Cats,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Allergies(u32);

impl Allergies {
    pub fn new(score: u32) -> Self {
        Allergies(score & 0xFF)
    }
    pub fn is_allergic_to(&self, a: &Allergen) -> bool {
        self.0 & *a as u32 != 0
    }
    pub fn allergies(&self) -> Vec<Allergen> {
        ALL.iter().copied().filter(|a| self.is_allergic_to(a)).collect()
    }
}

impl BitOr<Allergen> for Allergies {
    type Output = Allergies;
    fn bitor(self, rhs: Allergen) -> Allergies {
        Allergies(self.0 | rhs as u32)
    }
}

impl BitAnd for Allergies {
    type Output = Allergies;
    fn bitand(self, rhs: Allergies) -> Allergies {
        Allergies(self.0 & rhs.0)
    }
}

impl fmt::Display for Allergies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<String> = self.allergies().iter().map(|a| format!("{a:?}")).collect();
        if names.is_empty() {
            write!(f, "{:08b} (none)", self.0)
        } else {
            write!(f, "{:08b} {}", self.0, names.join("|"))
        }
    }
}

fn main() {
    for score in [0, 1, 5, 34, 248, 255, 257, 509] {
        println!("score {score:>3}: {}", Allergies::new(score));
    }
    let built = Allergies::default() | Allergen::Cats | Allergen::Peanuts | Allergen::Pollen;
    println!("built: {built}, score={}", built.0);
    let shared = built & Allergies::new(200);
    println!("shared with 200: {shared}");

    assert!(Allergies::new(3).is_allergic_to(&Allergen::Peanuts));
    assert!(!Allergies::new(3).is_allergic_to(&Allergen::Cats));
    assert_eq!(Allergies::new(257).allergies(), vec![Allergen::Eggs]);
    assert_eq!(Allergies::new(255).allergies().len(), 8);
    let total: u32 = ALL.iter().map(|&a| a as u32).sum();
    assert_eq!(total, 255);
    println!("allergy asserts ok");
}

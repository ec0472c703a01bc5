use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
    Allergen::Eggs,
    Allergen::Peanuts,
    Allergen::Shellfish,
    Allergen::Strawberries,
    Allergen::Tomatoes,
    Allergen::Chocolate,
    Allergen::Pollen,
    Allergen::Cats,
];

struct Allergies {
    score: u32,
}

impl Allergies {
    fn new(score: u32) -> Self {
        Allergies { score: score & 0xFF }
    }

    fn is_allergic_to(&self, a: Allergen) -> bool {
        self.score & a as u32 != 0
    }

    fn allergies(&self) -> Vec<Allergen> {
        ALL.iter().copied().filter(|&a| self.is_allergic_to(a)).collect()
    }

    fn from_list(list: &[Allergen]) -> Self {
        Allergies::new(list.iter().fold(0, |acc, &a| acc | a as u32))
    }
}

impl fmt::Display for Allergies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<String> = self.allergies().iter().map(|a| format!("{:?}", a)).collect();
        write!(f, "{:#010b} [{}]", self.score, names.join("|"))
    }
}

fn main() {
    let scores = [0u32, 1, 5, 34, 248, 255, 257, 509];
    for s in scores {
        let a = Allergies::new(s);
        println!("score {:>3} (masked {:>3}, {:#04x}): {}", s, a.score, a.score, a);
        println!("    count={} lowest_bit={} leading_zeros={} food_only={}",
            a.score.count_ones(),
            a.score.trailing_zeros(),
            (a.score as u8).leading_zeros(),
            a.allergies().iter().all(|x| !matches!(x, Allergen::Pollen | Allergen::Cats)));
    }

    let combined = Allergies::from_list(&[Allergen::Cats, Allergen::Eggs, Allergen::Chocolate]);
    println!("combined: {}", combined);
    assert_eq!(combined.score, 161);

    let a = Allergies::new(34);
    let b = Allergies::new(37);
    let shared = Allergies::new(a.score & b.score);
    let either = Allergies::new(a.score | b.score);
    let only_one = Allergies::new(a.score ^ b.score);
    println!("shared:   {}", shared);
    println!("either:   {}", either);
    println!("only one: {}", only_one);

    let mut sorted = either.allergies();
    sorted.sort_by(|x, y| y.cmp(x));
    println!("reverse order: {:?}", sorted);
    println!("max allergen: {:?}, min allergen: {:?}", ALL.iter().max(), ALL.iter().min());
    println!("Tomatoes < Pollen: {}", Allergen::Tomatoes < Allergen::Pollen);

    let rotated = (a.score as u8).rotate_left(3);
    println!("rotate_left(34u8, 3) = {} = {:#010b}", rotated, rotated);
    println!("decoded rotated: {}", Allergies::new(rotated as u32));

    let mut remaining = 0xFFu32;
    let mut order = Vec::new();
    while remaining != 0 {
        let bit = remaining & remaining.wrapping_neg();
        order.push(bit);
        remaining &= remaining - 1;
    }
    println!("bit values: {:?}", order);
    let names: Vec<_> = ALL.iter().zip(order.iter()).map(|(a, b)| (*a as u32 == *b, format!("{:?}", a))).collect();
    println!("enum discriminants match bits: {:?}", names);
}

use std::collections::HashSet;

const INPUT: &str = "vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw";

fn priority(c: char) -> u32 {
    match c {
        'a'..='z' => c as u32 - 'a' as u32 + 1,
        'A'..='Z' => c as u32 - 'A' as u32 + 27,
        _ => panic!("unexpected item {}", c),
    }
}

fn common_in_halves(line: &str) -> char {
    let (left, right) = line.split_at(line.len() / 2);
    let left: HashSet<char> = left.chars().collect();
    let right: HashSet<char> = right.chars().collect();
    *left.intersection(&right).next().expect("no common item")
}

fn badge(group: &[&str]) -> char {
    let sets: Vec<HashSet<char>> = group.iter().map(|l| l.chars().collect()).collect();
    let first = sets[0].clone();
    let common = sets[1..].iter().fold(first, |acc, s| acc.intersection(s).copied().collect());
    assert_eq!(common.len(), 1, "group should share exactly one badge");
    common.into_iter().next().unwrap()
}

fn main() {
    let lines: Vec<&str> = INPUT.lines().collect();
    let mut part1 = 0;
    for line in &lines {
        let c = common_in_halves(line);
        let p = priority(c);
        println!("{:<34} -> {} ({})", line, c, p);
        part1 += p;
    }
    println!("part 1 = {}", part1);

    let part2: u32 = lines
        .chunks(3)
        .map(|g| {
            let b = badge(g);
            println!("group badge: {}", b);
            priority(b)
        })
        .sum();
    println!("part 2 = {}", part2);
}

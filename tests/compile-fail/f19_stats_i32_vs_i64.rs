// Step statistics: summing i32 readings into a function that returns i64.
struct Day {
    name: &'static str,
    steps: i32,
}

fn total_steps(days: &[Day]) -> i64 {
    let mut total: i32 = 0;
    for d in days {
        total += d.steps;
    }
    // Mistake: `total` is i32 but the function returns i64.
    total
}

fn main() {
    let week = [
        Day { name: "Mon", steps: 8_200 },
        Day { name: "Tue", steps: 10_450 },
        Day { name: "Wed", steps: 6_300 },
        Day { name: "Thu", steps: 12_010 },
        Day { name: "Fri", steps: 9_870 },
    ];

    for d in &week {
        println!("{}: {}", d.name, d.steps);
    }
    let total = total_steps(&week);
    println!("total: {}, average: {}", total, total / week.len() as i64);
}

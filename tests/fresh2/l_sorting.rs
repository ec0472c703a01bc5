use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u8,
    score: f32,
    year: u16,
}

fn student(name: &str, grade: u8, score: f32, year: u16) -> Student {
    Student { name: name.to_string(), grade, score, year }
}

fn names(list: &[Student]) -> String {
    list.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(" ")
}

fn main() {
    let mut class = vec![
        student("Mia", 10, 88.5, 2008),
        student("Leo", 11, 92.0, 2007),
        student("Ava", 10, 92.0, 2008),
        student("Zoe", 12, 75.25, 2006),
        student("Ben", 11, 60.0, 2007),
        student("Eli", 10, 88.5, 2009),
        student("Ivy", 12, 99.0, 2006),
    ];

    class.sort_by_key(|s| s.name.clone());
    println!("by name:           {}", names(&class));

    class.sort_by_key(|s| (s.grade, std::cmp::Reverse(s.year)));
    println!("by grade, young 1st:{}", names(&class));

    class.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap_or(Ordering::Equal).then(a.name.cmp(&b.name)));
    println!("by score desc:     {}", names(&class));

    class.sort_unstable_by(|a, b| a.name.len().cmp(&b.name.len()).then_with(|| b.name.cmp(&a.name)));
    println!("unstable name desc:{}", names(&class));

    let mut by_grade = class.clone();
    by_grade.sort_by_key(|s| s.grade);
    by_grade.dedup_by_key(|s| s.grade);
    println!("one per grade:     {}", names(&by_grade));

    let mut passing = class.clone();
    passing.retain(|s| s.score >= 70.0);
    println!("passing:           {}", names(&passing));

    let best = class.iter().max_by(|a, b| a.score.total_cmp(&b.score)).unwrap();
    let worst = class.iter().min_by_key(|s| (s.score * 100.0) as i32).unwrap();
    println!("best {} ({}), worst {} ({})", best.name, best.score, worst.name, worst.score);

    let mut nums = vec![5, 3, 8, 1, 9, 2, 8, 3, 3, 7, 0, -4];
    nums.sort_unstable();
    println!("sorted {nums:?}");
    nums.dedup();
    println!("dedup  {nums:?}");
    nums.sort_by(|a, b| b.cmp(a));
    println!("desc   {nums:?}");
    nums.retain(|&x| x % 2 != 0);
    println!("odd    {nums:?}");
    let mut words = vec!["banana", "Apple", "cherry", "apple", "Banana", "date"];
    words.sort();
    println!("default:   {words:?}");
    words.sort_by_key(|w| w.to_lowercase());
    println!("lowercase: {words:?}");
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("dedup_by:  {words:?}");
    let mut floats = vec![2.5, -1.0, f64::NAN, 0.0, -0.0, 10.25];
    floats.sort_by(f64::total_cmp);
    println!("floats:    {floats:?}");
    let mut pairs = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')];
    pairs.sort();
    println!("tuples:    {pairs:?}");
    println!("is_sorted: {} {}", pairs.is_sorted(), [3, 1].is_sorted());
    let mut v: Vec<u32> = (1..=10).collect();
    v.reverse();
    v.rotate_left(3);
    println!("rotated:   {v:?}");
    let (small, big): (Vec<u32>, Vec<u32>) = v.iter().partition(|&&x| x <= 5);
    println!("partition: {small:?} {big:?}");
    let mut grid = vec![[3, 1], [1, 2], [3, 0], [1, 1]];
    grid.sort_by(|a, b| a[0].cmp(&b[0]).reverse().then(a[1].cmp(&b[1])));
    println!("arrays:    {grid:?}");
    v.select_nth_unstable(4);
    println!("5th smallest: {}", v[4]);
}

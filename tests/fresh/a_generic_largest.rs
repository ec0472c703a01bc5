// The classic `largest` function and friends: T: PartialOrd + Copy, where clauses, impl Trait.
use std::fmt::Display;

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}

fn largest_ref<T: PartialOrd>(list: &[T]) -> Option<&T> {
    let mut it = list.iter();
    let first = it.next()?;
    Some(it.fold(first, |best, x| if x > best { x } else { best }))
}

fn min_max<T>(items: &[T]) -> Option<(T, T)>
where
    T: PartialOrd + Copy,
{
    let first = *items.first()?;
    Some(items.iter().fold((first, first), |(lo, hi), &x| {
        (if x < lo { x } else { lo }, if x > hi { x } else { hi })
    }))
}

fn describe<T>(label: &str, items: &[T]) -> String
where
    T: Display + PartialOrd + Copy,
{
    match min_max(items) {
        Some((lo, hi)) => format!("{:<8} n={} min={} max={} largest={}", label, items.len(), lo, hi, largest(items)),
        None => format!("{:<8} (empty)", label),
    }
}

fn count_above<T: PartialOrd>(items: impl IntoIterator<Item = T>, threshold: T) -> usize {
    items.into_iter().filter(|x| *x > threshold).count()
}

fn clamp_all<T: PartialOrd + Copy>(items: &mut [T], lo: T, hi: T) {
    for x in items.iter_mut() {
        if *x < lo {
            *x = lo;
        } else if *x > hi {
            *x = hi;
        }
    }
}

fn main() {
    let numbers = vec![34, 50, 25, 100, 65];
    let chars = ['y', 'm', 'a', 'q'];
    let floats = [2.5, -1.0, 9.75, 3.3];
    let words = ["pear", "apple", "zucchini", "fig"];
    println!("{}", describe("ints", &numbers));
    println!("{}", describe("chars", &chars));
    println!("{}", describe("floats", &floats));
    println!("{}", describe("words", &words));
    println!("{}", describe::<u8>("none", &[]));

    let strings: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("largest String: {:?}", largest_ref(&strings));
    println!("largest of empty: {:?}", largest_ref::<i32>(&[]));
    println!("above 40: {}", count_above(numbers.iter().copied(), 40));
    println!("words after 'g': {}", count_above(words, "g"));
    println!("floats above 0: {}", count_above(floats.to_vec(), 0.0));

    let mut readings = [12.0, -3.5, 45.2, 101.7, 77.0];
    clamp_all(&mut readings, 0.0, 100.0);
    println!("clamped: {:?}", readings);
    let mut levels = vec![5u8, 200, 17, 255];
    clamp_all(&mut levels, 10, 100);
    println!("levels: {:?}", levels);
    let pairs = [(1, 'b'), (1, 'a'), (0, 'z')];
    println!("largest tuple: {:?}", largest(&pairs));
}

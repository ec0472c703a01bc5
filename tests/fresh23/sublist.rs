use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Comparison {
    Equal,
    Sublist,
    Superlist,
    Unequal,
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = match self {
            Comparison::Equal => "equal",
            Comparison::Sublist => "sublist",
            Comparison::Superlist => "superlist",
            Comparison::Unequal => "unequal",
        };
        f.pad(s)
    }
}

fn contains<T: PartialEq>(haystack: &[T], needle: &[T]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

fn sublist<T>(first: &[T], second: &[T]) -> Comparison
where
    T: PartialEq,
{
    use Comparison::*;
    match (first.len(), second.len()) {
        (a, b) if a == b => if first == second { Equal } else { Unequal },
        (a, b) if a < b && contains(second, first) => Sublist,
        (a, b) if a > b && contains(first, second) => Superlist,
        _ => Unequal,
    }
}

fn position_of<T: PartialEq>(haystack: &[T], needle: &[T]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn show<T: fmt::Debug + PartialEq>(a: &[T], b: &[T]) {
    let cmp = sublist(a, b);
    let pos = match cmp {
        Comparison::Sublist => position_of(b, a),
        Comparison::Superlist => position_of(a, b),
        Comparison::Equal => Some(0),
        Comparison::Unequal => None,
    };
    let pos = pos.map(|p| format!("at {p}")).unwrap_or_default();
    println!("{:<22} vs {:<22} => {:>9} {}", format!("{a:?}"), format!("{b:?}"), cmp, pos);
}

fn main() {
    let empty: [i32; 0] = [];
    show(&empty, &empty);
    show(&empty, &[1, 2, 3]);
    show(&[1, 2, 3], &empty);
    show(&[1, 2, 3], &[1, 2, 3]);
    show(&[1, 2, 3], &[2, 3, 4]);
    show(&[1, 2, 5], &[0, 1, 2, 3, 1, 2, 5, 6]);
    show(&[1, 1, 2], &[0, 1, 1, 1, 2, 1, 2]);
    show(&[0, 1, 2, 3, 4, 5], &[3, 4]);
    show(&[1, 3], &[1, 2, 3]);
    show(&[1, 2, 3], &[3, 2, 1]);

    println!();
    let words_a: Vec<&str> = "the quick brown fox".split_whitespace().collect();
    let words_b: Vec<&str> = "quick brown".split(' ').collect();
    show(&words_a, &words_b);
    show(&['a', 'b'], &"xxabyy".chars().collect::<Vec<_>>());

    // big list: find all Sublist relations among chunks
    let big: Vec<u32> = (1..=30).map(|x| x % 7).collect();
    println!("\nbig = {:?}", big);
    let needles: Vec<Vec<u32>> = vec![vec![5, 6, 0], vec![6, 6], big[10..20].to_vec(), big.clone()];
    for n in &needles {
        println!("{:>9} len={:>2} first match={:?}", sublist(n, &big), n.len(), position_of(&big, n));
    }
    let all_positions: Vec<usize> = big
        .windows(3)
        .enumerate()
        .filter_map(|(i, w)| (w == [1, 2, 3]).then_some(i))
        .collect();
    println!("[1,2,3] occurs at {:?}", all_positions);

    let counts = [Comparison::Equal, Comparison::Sublist, Comparison::Superlist, Comparison::Unequal]
        .iter()
        .map(|c| (c, needles.iter().filter(|n| sublist(n, &big) == *c).count()))
        .map(|(c, n)| format!("{c}={n}"))
        .collect::<Vec<_>>()
        .join(" ");
    println!("summary: {counts}");
}

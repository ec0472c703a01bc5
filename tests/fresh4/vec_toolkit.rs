// A grab bag of Vec and slice methods used in a grade-book report.
#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    class: char,
    score: u32,
}

fn st(name: &str, class: char, score: u32) -> Student {
    Student { name: name.to_string(), class, score }
}

fn main() {
    let mut roster = vec![
        st("mia", 'B', 88), st("leo", 'A', 92), st("ava", 'A', 75), st("zoe", 'C', 61),
        st("eli", 'B', 88), st("kai", 'C', 99), st("ivy", 'A', 92), st("max", 'B', 54),
    ];
    roster.sort_by_key(|s| (s.class, std::cmp::Reverse(s.score), s.name.clone()));
    for s in &roster {
        println!("{} {:<3} {:>3}", s.class, s.name, s.score);
    }

    let mut scores: Vec<u32> = roster.iter().map(|s| s.score).collect();
    scores.sort_unstable();
    println!("sorted scores: {:?}", scores);
    scores.dedup();
    println!("deduped: {:?}", scores);
    let gaps: Vec<u32> = scores.windows(2).map(|w| w[1] - w[0]).collect();
    println!("gaps: {:?} biggest {:?}", gaps, gaps.iter().max());

    for (i, chunk) in roster.chunks(3).enumerate() {
        let names: Vec<&str> = chunk.iter().map(|s| s.name.as_str()).collect();
        let avg = chunk.iter().map(|s| s.score).sum::<u32>() as f64 / chunk.len() as f64;
        println!("group {}: {:?} avg {:.1}", i + 1, names, avg);
    }

    let mut passing = roster.clone();
    passing.retain(|s| s.score >= 70);
    println!("passing: {}", passing.len());
    let top: Vec<Student> = passing.drain(..2).collect();
    println!("drained: {:?}", top.iter().map(|s| &s.name).collect::<Vec<_>>());
    println!("remaining: {:?}", passing.iter().map(|s| &s.name).collect::<Vec<_>>());
    let tail = passing.split_off(2);
    println!("head {:?} / tail {:?}", passing.len(), tail.iter().map(|s| s.score).collect::<Vec<_>>());

    let mut merged: Vec<u32> = vec![1, 2];
    merged.extend_from_slice(&scores[..3]);
    merged.insert(1, 100);
    merged.swap(0, 2);
    merged.truncate(5);
    println!("merged: {:?}", merged);
    for (i, v) in merged.iter().rev().enumerate() {
        print!("{}:{} ", i, v);
    }
    println!();
    let (small, big): (Vec<u32>, Vec<u32>) = merged.iter().partition(|&&v| v < 60);
    println!("partition: {:?} {:?}", small, big);
    println!("contains 88: {}, position of 61: {:?}", scores.contains(&88), scores.iter().position(|&x| x == 61));
    println!("binary_search 90: {:?}, 92: {:?}", scores.binary_search(&90), scores.binary_search(&92));
    let mut rot = scores.clone();
    rot.rotate_right(2);
    println!("rotated: {:?}, first {:?}, last {:?}", rot, rot.first(), rot.last());
    let concat = [vec![1, 2], vec![3], vec![]].concat();
    println!("{:?} {:?}", concat, roster.iter().rposition(|s| s.class == 'B'));
    let best = roster.iter().max_by_key(|s| (s.score, s.name.clone())).unwrap();
    println!("best: {:?}", best);
}

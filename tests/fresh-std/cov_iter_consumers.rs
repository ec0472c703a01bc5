// Summaries of exam scores using Iterator's consumers.
fn main() {
    let scores = [72, 95, 58, 88, 95, 61, 79];
    let names = ["ana", "ben", "cy", "dee", "eve", "fay", "gus"];
    println!("count={} sum={} product={}", scores.iter().count(), scores.iter().sum::<i32>(), scores[..3].iter().map(|x| *x as i64).product::<i64>());
    println!("last={:?} nth={:?}", scores.iter().last(), scores.iter().nth(2));
    println!("max={:?} min={:?}", scores.iter().max(), scores.iter().min());
    println!("max_by_key={:?} min_by_key={:?}", names.iter().zip(scores).max_by_key(|(_, s)| *s), names.iter().zip(scores).min_by_key(|(_, s)| *s));
    println!("max_by={:?} min_by={:?}", names.iter().max_by(|a, b| a.len().cmp(&b.len())), names.iter().min_by(|a, b| a.len().cmp(&b.len())));
    println!("fold={} reduce={:?}", scores.iter().fold(String::new(), |acc, s| format!("{acc}{}", s % 10)), scores.iter().copied().reduce(|a, b| a.max(b)));
    let r: Result<i32, String> = scores.iter().try_fold(0i32, |acc, s| if *s < 60 { Err(format!("fail {s}")) } else { Ok(acc + s) });
    println!("try_fold={:?}", r);
    let mut printed = Vec::new();
    let r2: Result<(), i32> = scores.iter().try_for_each(|s| if *s > 90 { Err(*s) } else { printed.push(*s); Ok(()) });
    println!("try_for_each={:?} printed={:?}", r2, printed);
    scores.iter().take(2).for_each(|s| println!("for_each {s}"));
    println!("all={} any={}", scores.iter().all(|s| *s > 50), scores.iter().any(|s| *s == 100));
    println!("find={:?} find_map={:?}", scores.iter().find(|s| **s > 90), names.iter().find_map(|n| n.strip_prefix('d')));
    println!("position={:?} rposition={:?}", scores.iter().position(|s| *s == 95), scores.iter().rposition(|s| *s == 95));
    let (pass, fail): (Vec<i32>, Vec<i32>) = scores.iter().partition(|s| **s >= 60);
    println!("partition={:?} {:?}", pass, fail);
    let mut sorted: Vec<i32> = scores.to_vec();
    sorted.sort();
    println!("is_sorted={} {} by={} by_key={}", scores.iter().is_sorted(), sorted.iter().is_sorted(), sorted.iter().is_sorted_by(|a, b| a <= b), names.iter().is_sorted_by_key(|n| n.len()));
    println!("cmp={:?} partial_cmp={:?}", [1, 2, 3].iter().cmp([1, 2, 4].iter()), [1.0, f64::NAN].iter().partial_cmp([1.0, 2.0].iter()));
    println!("eq={} ne={} lt={} le={} gt={} ge={}", [1, 2].iter().eq([1, 2].iter()), [1].iter().ne([2].iter()), [1, 2].iter().lt([1, 3].iter()),
        [1, 2].iter().le([1, 2].iter()), [2].iter().gt([1, 9].iter()), [1].iter().ge([1, 0].iter()));
    let collected: std::collections::BTreeMap<&str, i32> = names.iter().copied().zip(scores).collect();
    println!("collect map={:?}", collected);
    let joined: String = names.iter().map(|n| n.to_uppercase()).collect::<Vec<_>>().join(",");
    println!("joined={joined}");
    let avg = scores.iter().sum::<i32>() as f64 / scores.len() as f64;
    println!("avg={avg:.2} fsum={} fproduct={}", [0.5f64, 0.25].iter().sum::<f64>(), [2.0f32, 1.5].iter().product::<f32>());
    let by_ref_sum: i32 = { let mut it = scores.iter(); it.by_ref().take(3).sum() };
    println!("by_ref sum={by_ref_sum}");
    let mut e = (1..4).into_iter();
    println!("len={} rev sum={}", e.len(), e.by_ref().rev().sum::<i32>());
    println!("{:?}", scores.iter().map(|s| 100 / (s - 72)).collect::<Vec<_>>());
}

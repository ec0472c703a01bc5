// Generic search helpers with closures: FnMut counters, Box<dyn Fn> strategies, and binary search by key.
fn find_best<T, K: PartialOrd>(items: &[T], mut key: impl FnMut(&T) -> K) -> Option<&T> {
    let mut best: Option<(&T, K)> = None;
    for it in items {
        let k = key(it);
        if best.as_ref().map_or(true, |(_, bk)| k > *bk) {
            best = Some((it, k));
        }
    }
    best.map(|(t, _)| t)
}

fn apply_all<T: Copy>(x: T, fs: &[Box<dyn Fn(T) -> T>]) -> Vec<T> {
    fs.iter().map(|f| f(x)).collect()
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn consume_once<F: FnOnce() -> String>(f: F) -> usize {
    f().len()
}

#[derive(Debug)]
struct City {
    name: &'static str,
    pop_k: u32,
    lat: f64,
}

fn main() {
    let cities = [
        City { name: "Oslo", pop_k: 709, lat: 59.91 },
        City { name: "Lima", pop_k: 10_719, lat: -12.05 },
        City { name: "Cairo", pop_k: 10_230, lat: 30.04 },
        City { name: "Quito", pop_k: 2_011, lat: -0.18 },
        City { name: "Perth", pop_k: 2_192, lat: -31.95 },
    ];
    let mut comparisons = 0;
    let biggest = find_best(&cities, |c| {
        comparisons += 1;
        c.pop_k
    });
    println!("biggest: {:?} after {} key calls", biggest.map(|c| c.name), comparisons);
    let most_southern = find_best(&cities, |c| -c.lat).unwrap();
    println!("most southern: {} ({:.2})", most_southern.name, most_southern.lat);
    let nearest_equator = find_best(&cities, |c| -c.lat.abs()).map(|c| c.name);
    println!("nearest equator: {:?}", nearest_equator);
    let longest_name = find_best(&cities, |c| (c.name.len(), std::cmp::Reverse(c.name)));
    println!("longest name: {:?}", longest_name.map(|c| c.name));

    let offset = 7;
    let strategies: Vec<Box<dyn Fn(i64) -> i64>> = vec![
        Box::new(|x| x * 2),
        Box::new(move |x| x + offset),
        Box::new(|x: i64| x.pow(3)),
        Box::new(i64::abs),
    ];
    println!("apply_all(-3): {:?}", apply_all(-3, &strategies));
    let f = compose(|x: i32| x + 1, |y: i32| format!("<{}>", y * 10));
    println!("compose: {} {}", f(1), f(-5));

    let mut next_id = make_counter();
    let ids: Vec<u32> = (0..4).map(|_| next_id()).collect();
    println!("ids: {:?}, next: {}", ids, next_id());
    let owned = String::from("moved into closure");
    println!("consumed length: {}", consume_once(move || owned));

    let mut sorted: Vec<&City> = cities.iter().collect();
    sorted.sort_by_key(|c| c.pop_k);
    for probe in [2_011, 5_000] {
        match sorted.binary_search_by_key(&probe, |c| c.pop_k) {
            Ok(i) => println!("pop {}k found: {}", probe, sorted[i].name),
            Err(i) => println!("pop {}k would be inserted at {} (between {:?} and {:?})", probe, i,
                sorted.get(i.wrapping_sub(1)).map(|c| c.name), sorted.get(i).map(|c| c.name)),
        }
    }
}

// BTreeSet/BTreeMap range queries and the HashMap entry API for a booking system.
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound::{Excluded, Included, Unbounded};

#[derive(Debug, Default)]
struct RoomStats {
    bookings: u32,
    nights: u32,
    guests: Vec<String>,
}

fn main() {
    let mut free_slots: BTreeSet<u32> = (900..=1700).step_by(100).collect();
    for taken in [1000, 1300, 1400] {
        free_slots.remove(&taken);
    }
    println!("free: {:?}", free_slots);
    println!("morning: {:?}", free_slots.range(..1200).collect::<Vec<_>>());
    println!("after lunch: {:?}", free_slots.range(1300..).collect::<Vec<_>>());
    println!("between: {:?}", free_slots.range((Excluded(1100), Included(1600))).collect::<Vec<_>>());
    println!("next after 1250: {:?}", free_slots.range(1250..).next());
    println!("last before 1250: {:?}", free_slots.range(..1250).next_back());
    println!("first/last: {:?} {:?}", free_slots.first(), free_slots.last());
    let late = free_slots.split_off(&1500);
    println!("split: {:?} | {:?}", free_slots, late);

    let evens: BTreeSet<u32> = (0..20).filter(|x| x % 2 == 0).collect();
    let threes: BTreeSet<u32> = (0..20).filter(|x| x % 3 == 0).collect();
    println!("inter: {:?}", evens.intersection(&threes).collect::<Vec<_>>());
    println!("diff: {:?}", threes.difference(&evens).collect::<Vec<_>>());
    println!("symdiff count: {}", evens.symmetric_difference(&threes).count());
    println!("union max: {:?}", evens.union(&threes).max());

    let bookings = [
        ("101", "ana", 3), ("102", "bo", 1), ("101", "cy", 2), ("103", "dee", 5),
        ("102", "ed", 4), ("101", "ana", 1), ("104", "fay", 2),
    ];
    let mut stats: HashMap<&str, RoomStats> = HashMap::new();
    for &(room, guest, nights) in &bookings {
        let s = stats.entry(room).or_insert_with(RoomStats::default);
        s.bookings += 1;
        s.nights += nights;
        if !s.guests.iter().any(|g| g == guest) {
            s.guests.push(guest.to_string());
        }
    }
    let mut rooms: Vec<_> = stats.iter().collect();
    rooms.sort_by_key(|(r, _)| *r);
    for (room, s) in rooms {
        println!("room {}: {} bookings, {} nights, guests {:?}", room, s.bookings, s.nights, s.guests);
    }

    let mut loyalty: HashMap<String, u32> = HashMap::new();
    for &(_, guest, nights) in &bookings {
        loyalty.entry(guest.to_string()).and_modify(|p| *p += nights * 15).or_insert(nights * 10);
    }
    let mut ranked: Vec<(String, u32)> = loyalty.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("{:?}", ranked);

    let mut timeline: BTreeMap<u32, &str> = BTreeMap::new();
    timeline.insert(5, "checkin");
    timeline.insert(12, "breakfast");
    timeline.insert(20, "dinner");
    timeline.insert(30, "checkout");
    for (t, e) in timeline.range((Included(10), Unbounded)).take(2) {
        println!("t={} {}", t, e);
    }
    if let Some(v) = timeline.get_mut(&20) {
        *v = "late dinner";
    }
    let removed = timeline.remove(&5);
    println!("{:?} {:?}", removed, timeline);
    println!("first_key_value: {:?}", timeline.first_key_value());
}

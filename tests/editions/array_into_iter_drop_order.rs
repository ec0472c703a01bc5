// editions: 2015 2018 2021 2024
// `array.into_iter()` iterates by reference before 2021 (the elements stay in the array and are dropped
// with it at the end of main) and by value from 2021 (each element is dropped when its iteration ends).
struct Ticket {
    id: u32,
    seat: &'static str,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("  release ticket {}", self.id);
    }
}

fn main() {
    let tickets = [
        Ticket { id: 1, seat: "A1" },
        Ticket { id: 2, seat: "B7" },
        Ticket { id: 3, seat: "C3" },
    ];
    let mut checked = 0;
    for t in tickets.into_iter() {
        println!("check-in {} at seat {}", t.id, t.seat);
        checked += 1;
    }
    println!("{} checked in", checked);
    println!("end of main");
}

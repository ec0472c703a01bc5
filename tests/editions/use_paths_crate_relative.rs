// editions: 2015 2018 2021 2024
// In 2015 `use` paths are relative to the crate root, so `use geometry::area;` works inside another
// module; from 2018 they are relative to the current module (E0432 unresolved import).
mod geometry {
    pub fn area(w: u32, h: u32) -> u32 {
        w * h
    }
    pub fn perimeter(w: u32, h: u32) -> u32 {
        2 * (w + h)
    }
}

mod report {
    use geometry::{area, perimeter};

    pub struct Room {
        pub name: &'static str,
        pub w: u32,
        pub h: u32,
    }

    pub fn line(r: &Room) -> String {
        format!("{:<8} area {:>3} perimeter {:>3}", r.name, area(r.w, r.h), perimeter(r.w, r.h))
    }
}

fn main() {
    let rooms = vec![
        report::Room { name: "kitchen", w: 4, h: 3 },
        report::Room { name: "hall", w: 10, h: 2 },
    ];
    for r in &rooms {
        println!("{}", report::line(r));
    }
}

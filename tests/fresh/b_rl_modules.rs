mod delicious_snacks {
    pub use self::fruits::PEAR as fruit;
    pub use self::veggies::CUCUMBER as veggie;

    mod fruits {
        pub const PEAR: &str = "Pear";
        pub const APPLE: &str = "Apple";
    }

    mod veggies {
        pub const CUCUMBER: &str = "Cucumber";
        pub const CARROT: &str = "Carrot";
    }

    pub fn all() -> Vec<&'static str> {
        vec![fruits::PEAR, fruits::APPLE, veggies::CUCUMBER, veggies::CARROT]
    }
}

mod sausage_factory {
    fn get_secret_recipe() -> String {
        String::from("Ginger")
    }

    pub fn make_sausage() -> String {
        format!("sausage with {}", get_secret_recipe().to_lowercase())
    }

    pub mod quality {
        use super::get_secret_recipe;

        pub fn check(batch: u32) -> Result<String, String> {
            if batch % 7 == 0 {
                Err(format!("batch {} failed: too much {}", batch, get_secret_recipe()))
            } else {
                Ok(format!("batch {} ok", batch))
            }
        }
    }
}

pub mod geometry {
    pub mod shapes {
        #[derive(Debug)]
        pub struct Rect {
            pub w: f64,
            pub h: f64,
            id: u32,
        }

        impl Rect {
            pub fn new(w: f64, h: f64) -> Self {
                Rect { w, h, id: super::next_id() }
            }
            pub fn id(&self) -> u32 {
                self.id
            }
        }
    }

    use std::cell::Cell;
    thread_local! {
        static COUNTER: Cell<u32> = Cell::new(0);
    }

    fn next_id() -> u32 {
        COUNTER.with(|c| {
            c.set(c.get() + 1);
            c.get()
        })
    }

    pub fn area(r: &shapes::Rect) -> f64 {
        r.w * r.h
    }
}

use geometry::shapes::Rect;
use sausage_factory::quality;

fn main() {
    println!("favorite snacks: {} and {}", delicious_snacks::fruit, delicious_snacks::veggie);
    println!("all snacks: {:?}", delicious_snacks::all());
    println!("{}", sausage_factory::make_sausage());
    for b in 5..=8 {
        match quality::check(b) {
            Ok(m) => println!("{}", m),
            Err(e) => println!("ERROR {}", e),
        }
    }
    let rects = [Rect::new(2.0, 3.5), Rect::new(1.25, 4.0), Rect::new(10.0, 0.1)];
    for r in &rects {
        println!("rect #{} {:?} area {:.3}", r.id(), r, geometry::area(r));
    }
}

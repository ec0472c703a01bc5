use crate::geometry::shapes::{area, perimeter};

fn main() {
    println!("{} {}", area(2.0), perimeter(2.0));
}

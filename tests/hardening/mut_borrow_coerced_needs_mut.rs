struct Rectangle { width: u32, height: u32 }

impl Rectangle {
    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }
}

fn main() {
    let big = Rectangle { width: 30, height: 50 };
    let small = Rectangle { width: 10, height: 40 };
    // `&mut small` coerces to `&Rectangle`, but the mutable borrow still needs `small` to be `mut`
    println!("{}", big.can_hold(&mut small));
}

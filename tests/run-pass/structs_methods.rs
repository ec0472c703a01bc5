#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn square(size: u32) -> Self {
        Self {
            width: size,
            height: size,
        }
    }

    fn grow(&mut self, by: u32) {
        self.width += by;
    }
}

#[derive(Debug)]
struct Color(i32, i32, i32);

#[derive(Debug)]
struct AlwaysEqual;

fn main() {
    let mut rect1 = Rectangle { width: 30, height: 50 };
    let rect2 = Rectangle { height: 40, width: 10 };
    println!("rect1 is {rect1:?}");
    println!("rect1 is {:#?}", rect1);
    println!("area {} can hold {}", rect1.area(), rect1.can_hold(&rect2));
    rect1.grow(5);
    let sq = Rectangle::square(3);
    println!("{} {:?} {}", rect1.width, sq, sq.area());
    let black = Color(0, 0, 0);
    println!("{:?} {} {:?}", black, black.1, AlwaysEqual);
    let r = &rect1;
    println!("{}", r.area());
}

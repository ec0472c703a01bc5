mod outer {
    pub mod inner {
        pub struct Secret { value: i32 }
        pub fn make() -> Secret { Secret { value: 7 } }
    }
    pub fn peek() -> i32 {
        inner::make().value
    }
}
fn main() {
    println!("{}", outer::peek());
}

struct Guard;

impl Drop for Guard {
    fn drop(self) {
        println!("dropped");
    }
}

fn main() {
    let _g = Guard;
}

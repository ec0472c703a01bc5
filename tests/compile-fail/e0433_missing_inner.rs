mod garden {
    pub mod vegetables {
        pub fn grow() {}
    }
}
fn main() {
    garden::fruits::grow();
}

mod kitchen {
    fn cook() {}
    pub fn serve() { cook(); }
}
fn main() {
    kitchen::serve();
    kitchen::cook();
}

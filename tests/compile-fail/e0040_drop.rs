struct D;
impl Drop for D { fn drop(&mut self) { println!("drop"); } }
fn main() { let d = D; d.drop(); }

enum Shape { Rect { w: u32, h: u32 } }
fn main() {
    let s = Shape::Rect { w: 1, h: 2, d: 3 };
}

enum Shape { Rect { w: u32, h: u32 } }
fn main() {
    let s = Shape::Rect { w: 1 };
}

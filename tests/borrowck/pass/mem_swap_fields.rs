#[derive(Debug)]
struct DoubleBuffer {
    front: Vec<u8>,
    back: Vec<u8>,
}

impl DoubleBuffer {
    fn draw(&mut self, v: u8) {
        self.back.push(v);
    }
    fn present(&mut self) {
        std::mem::swap(&mut self.front, &mut self.back);
        self.back.clear();
    }
}

fn main() {
    let mut db = DoubleBuffer { front: vec![], back: vec![] };
    db.draw(1);
    db.draw(2);
    db.present();
    db.draw(3);
    println!("{:?}", db);
}

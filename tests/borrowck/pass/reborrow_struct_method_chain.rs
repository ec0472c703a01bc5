struct Canvas {
    pixels: Vec<char>,
    width: usize,
}

impl Canvas {
    fn set(&mut self, x: usize, y: usize, c: char) -> &mut Self {
        let i = y * self.width + x;
        self.pixels[i] = c;
        self
    }
    fn render(&self) -> String {
        self.pixels
            .chunks(self.width)
            .map(|row| row.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn main() {
    let mut c = Canvas { pixels: vec!['.'; 12], width: 4 };
    c.set(0, 0, '#').set(3, 2, '@').set(1, 1, '*');
    println!("{}", c.render());
}

struct Simulation {
    bodies: Vec<(f64, f64)>,
    gravity: f64,
}

impl Simulation {
    fn accel(&self, i: usize) -> f64 {
        self.gravity * (i as f64 + 1.0)
    }
    fn step(&mut self) {
        for i in 0..self.bodies.len() {
            let a = self.accel(i);
            let b = &mut self.bodies[i];
            b.1 += a;
            b.0 += b.1;
        }
    }
}

fn main() {
    let mut sim = Simulation { bodies: vec![(0.0, 0.0), (10.0, 1.0)], gravity: 0.5 };
    sim.step();
    sim.step();
    println!("{:?}", sim.bodies);
}

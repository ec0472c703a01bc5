struct Tank {
    name: String,
    capacity: u32,
    level: i32,
}

impl Tank {
    fn drain(&mut self, litres: i32) {
        self.level -= litres;
        assert!(self.level >= 0, "tank '{}' went negative: {} litres after draining {}", self.name, self.level, litres);
    }

    fn fill(&mut self, litres: i32) {
        self.level = (self.level + litres).min(self.capacity as i32);
    }
}

fn main() {
    let mut tanks = vec![
        Tank { name: "east".into(), capacity: 500, level: 200 },
        Tank { name: "west".into(), capacity: 300, level: 300 },
    ];
    let schedule: [(usize, i32); 6] = [(0, 150), (1, -50), (0, -400), (1, 120), (0, 80), (1, 300)];
    for (hour, &(idx, amount)) in schedule.iter().enumerate() {
        let tank = &mut tanks[idx];
        if amount >= 0 {
            tank.drain(amount);
        } else {
            tank.fill(-amount);
        }
        let levels: Vec<String> = tanks.iter().map(|t| format!("{}={}", t.name, t.level)).collect();
        println!("hour {hour}: {}", levels.join(", "));
    }
    assert!(tanks.iter().all(|t| t.level >= 0));
}

// editions: 2015 2018 2021 2024
// `fn evens(v: &Vec<i32>) -> impl Iterator<Item = i32>` returning an iterator that borrows `v`: before
// 2024 the hidden type may not capture the elided lifetime (E0700, needs `+ '_`); 2024 captures all
// in-scope lifetimes and accepts.
struct Sensor {
    name: String,
    samples: Vec<i32>,
}

impl Sensor {
    fn spikes(&self, limit: i32) -> impl Iterator<Item = (usize, i32)> {
        self.samples.iter().copied().enumerate().filter(move |(_, s)| s.abs() > limit)
    }
}

fn names(sensors: &[Sensor]) -> impl Iterator<Item = &str> {
    sensors.iter().map(|s| s.name.as_str())
}

fn main() {
    let sensors = vec![
        Sensor { name: String::from("temp"), samples: vec![1, 50, -3, -70, 4] },
        Sensor { name: String::from("load"), samples: vec![10, 11, 9] },
    ];
    for s in &sensors {
        let found: Vec<_> = s.spikes(20).collect();
        println!("{}: {:?}", s.name, found);
    }
    println!("{}", names(&sensors).collect::<Vec<_>>().join("+"));
}

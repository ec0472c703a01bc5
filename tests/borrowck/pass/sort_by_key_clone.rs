#[derive(Debug)]
struct City {
    name: String,
    population: u32,
}

fn main() {
    let mut cities = vec![
        City { name: "Oslo".into(), population: 700 },
        City { name: "Bergen".into(), population: 285 },
        City { name: "Alta".into(), population: 21 },
    ];
    cities.sort_by_key(|c| c.name.clone());
    let names: Vec<&str> = cities.iter().map(|c| c.name.as_str()).collect();
    println!("{:?}", names);
    cities.sort_by(|a, b| b.population.cmp(&a.population));
    println!("biggest {}", cities[0].name);
}

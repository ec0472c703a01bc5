// Dance class: pair up partners by swapping their levels.
#[derive(Debug)]
struct Dancer {
    name: String,
    level: u8,
}

fn main() {
    let mut class = vec![
        Dancer { name: "Ivy".into(), level: 2 },
        Dancer { name: "Jon".into(), level: 3 },
        Dancer { name: "Kai".into(), level: 1 },
    ];

    let leaders = class.iter_mut();
    let followers = class.iter_mut().rev();

    for (a, b) in leaders.zip(followers) {
        let avg = (a.level + b.level) / 2;
        a.level = avg;
        println!("{} paired with {}", a.name, b.name);
    }
    println!("{:?}", class);
}

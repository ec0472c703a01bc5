fn main() {
    let temps = [31, 5, 18];
    for t in temps {
        let label: &str;
        if t > 30 {
            label = "hot";
        } else if t < 10 {
            label = "cold";
        } else {
            label = "mild";
        }
        let advice;
        match label {
            "hot" => advice = "drink water",
            "cold" => advice = "wear a coat",
            _ => advice = "enjoy",
        }
        println!("{} -> {} ({})", t, label, advice);
    }
}

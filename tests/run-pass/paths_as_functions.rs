// Paths to methods and tuple constructors passed where std calls a function, and partition.
#[derive(Debug)]
enum Status {
    Value(u32),
}

fn main() {
    let strings = vec!["tofu", "93", "18"];
    let (numbers, errors): (Vec<_>, Vec<_>) = strings
        .into_iter()
        .map(|s| s.parse::<i32>())
        .partition(Result::is_ok);
    let numbers: Vec<i32> = numbers.into_iter().map(Result::unwrap).collect();
    let errors: Vec<_> = errors.into_iter().map(Result::unwrap_err).collect();
    println!("{:?} {:?}", numbers, errors);
    let texts: Vec<String> = numbers.iter().map(ToString::to_string).collect();
    println!("{:?}", texts);
    let statuses: Vec<Status> = (1u32..4).map(Status::Value).collect();
    println!("{:?}", statuses);
}

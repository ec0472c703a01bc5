use std::fmt;
use std::process;

#[derive(Debug)]
enum Problem {
    MissingField(&'static str),
    OutOfRange { field: &'static str, value: i32, min: i32, max: i32 },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::MissingField(name) => write!(f, "missing field `{name}`"),
            Problem::OutOfRange { field, value, min, max } => {
                write!(f, "`{field}` = {value} not in {min}..={max}")
            }
        }
    }
}

struct Form {
    name: Option<&'static str>,
    age: Option<i32>,
    rating: Option<i32>,
}

fn validate(form: &Form) -> Vec<Problem> {
    let mut problems = Vec::new();
    if form.name.is_none() {
        problems.push(Problem::MissingField("name"));
    }
    match form.age {
        None => problems.push(Problem::MissingField("age")),
        Some(a @ (i32::MIN..0 | 131..)) => problems.push(Problem::OutOfRange { field: "age", value: a, min: 0, max: 130 }),
        Some(_) => {}
    }
    if let Some(r) = form.rating
        && !(1..=5).contains(&r)
    {
        problems.push(Problem::OutOfRange { field: "rating", value: r, min: 1, max: 5 });
    }
    problems
}

fn main() {
    let forms = [
        Form { name: Some("Ann"), age: Some(34), rating: Some(4) },
        Form { name: Some("Bo"), age: Some(7), rating: None },
        Form { name: None, age: Some(150), rating: Some(9) },
        Form { name: Some("Cy"), age: None, rating: Some(0) },
    ];
    let mut bad = 0;
    for (i, f) in forms.iter().enumerate() {
        let problems = validate(f);
        if problems.is_empty() {
            println!("form {i}: ok ({})", f.name.unwrap());
        } else {
            bad += 1;
            println!("form {i}: {} problem(s)", problems.len());
            for p in &problems {
                println!("    - {p}");
            }
        }
    }
    if bad > 0 {
        println!("{bad} invalid form(s), aborting");
        eprintln!("validation failed");
        process::exit(2);
    }
    println!("all forms valid");
}

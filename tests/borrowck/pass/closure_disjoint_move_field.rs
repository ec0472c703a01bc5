struct Job {
    name: String,
    args: Vec<String>,
}

fn main() {
    let job = Job { name: String::from("build"), args: vec!["--release".into()] };
    let print_args = move || {
        for a in &job.args {
            println!("arg {}", a);
        }
    };
    print_args();
    println!("job name still here: {}", job.name);
}

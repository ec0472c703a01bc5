struct Job {
    output: Option<String>,
}

fn take_output(job: &Job) -> Option<String> {
    job.output
}

fn main() {
    let j = Job { output: Some(String::from("done")) };
    println!("{:?}", take_output(&j));
}

fn main() {
    let code = 1;
    let message: &str;
    match code {
        1 => {
            let m = format!("code {} means one", code);
            message = &m;
        }
        _ => {
            message = "other";
        }
    }
    println!("{}", message);
}

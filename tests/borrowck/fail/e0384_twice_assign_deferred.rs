fn main() {
    let status: &str;
    let code = 404;
    status = if code == 200 { "ok" } else { "error" };
    println!("status {}", status);
    status = "retrying";
    println!("status {}", status);
}

fn main() {
    let maybe_port: Option<u16> = Some(80);
    match maybe_port {
        Some(port) => {
            if port < 1024 {
                port = 8080;
            }
            println!("using port {}", port);
        }
        None => println!("no port"),
    }
}

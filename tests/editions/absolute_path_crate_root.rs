// editions: 2015 2018 2021 2024
// `::config::DEFAULT_PORT` / `::config::parse_port` in expressions: in 2015 a leading `::` is the crate
// root; from 2018 it must name an external crate (E0433).
mod config {
    pub const DEFAULT_PORT: u16 = 8080;

    pub fn parse_port(s: &str) -> Option<u16> {
        s.trim().parse().ok()
    }
}

mod server {
    pub struct Server {
        pub port: u16,
    }

    impl Server {
        pub fn from_arg(arg: Option<&str>) -> Server {
            let port = arg.and_then(::config::parse_port).unwrap_or(::config::DEFAULT_PORT);
            Server { port: port }
        }
    }
}

fn main() {
    for arg in &[Some("9000"), None, Some("x")] {
        let s = server::Server::from_arg(*arg);
        println!("{:?} -> port {}", arg, s.port);
    }
    let v = ::std::cmp::max(3, 9);
    println!("max {}", v);
}

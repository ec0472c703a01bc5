use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum LogLevel {
    Quiet,
    #[default]
    Normal,
    Verbose,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Retry {
    attempts: u32,
    backoff_ms: u64,
    jitter: bool,
}

#[derive(Debug, Clone, PartialEq)]
struct ServerConfig {
    host: String,
    port: u16,
    tls: bool,
    log: LogLevel,
    retry: Retry,
    tags: Vec<String>,
    ratio: f32,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            host: "127.0.0.1".to_string(),
            port: 8080,
            tls: false,
            log: LogLevel::default(),
            retry: Retry { attempts: 3, ..Default::default() },
            tags: vec![],
            ratio: 0.5,
        }
    }
}

impl fmt::Display for ServerConfig {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let scheme = if self.tls { "https" } else { "http" };
        write!(f, "{scheme}://{}:{} log={:?} retry={}x{}ms", self.host, self.port, self.log, self.retry.attempts, self.retry.backoff_ms)?;
        if !self.tags.is_empty() {
            write!(f, " tags=[{}]", self.tags.join("|"))?;
        }
        if f.alternate() {
            write!(f, " ratio={:.1}%", self.ratio * 100.0)?;
        }
        Ok(())
    }
}

#[derive(Default)]
struct Builder {
    cfg: ServerConfig,
    errors: Vec<String>,
}

impl Builder {
    fn host(mut self, h: &str) -> Self {
        if h.is_empty() {
            self.errors.push("empty host".into());
        } else {
            self.cfg.host = h.to_owned();
        }
        self
    }
    fn port(mut self, p: u32) -> Self {
        match u16::try_from(p) {
            Ok(p) if p != 0 => self.cfg.port = p,
            _ => self.errors.push(format!("bad port {p}")),
        }
        self
    }
    fn tag(mut self, t: impl Into<String>) -> Self {
        self.cfg.tags.push(t.into());
        self
    }
    fn tls(mut self) -> Self {
        self.cfg.tls = true;
        if self.cfg.port == 8080 {
            self.cfg.port = 443;
        }
        self
    }
    fn build(self) -> Result<ServerConfig, Vec<String>> {
        if self.errors.is_empty() { Ok(self.cfg) } else { Err(self.errors) }
    }
}

fn main() {
    let d = ServerConfig::default();
    println!("{}", d);
    println!("{:#}", d);
    let custom = ServerConfig { port: 9000, log: LogLevel::Verbose, tags: vec!["a".into()], ..Default::default() };
    println!("{custom}");
    println!("differs from default: {}", custom != d);
    let same = ServerConfig { ..d.clone() };
    println!("clone equal: {}", same == d);

    let built = Builder::default().host("example.org").tls().tag("prod").tag(String::from("eu")).build();
    match &built {
        Ok(c) => println!("built: {c:#}"),
        Err(es) => println!("errors: {es:?}"),
    }
    let bad = Builder::default().host("").port(70000).port(0).build();
    println!("{:?}", bad.map(|c| c.port));

    let r: Retry = Default::default();
    println!("{:?}", r);
    let defaults: (i32, String, Option<u8>, Vec<bool>, [f64; 2], (char, bool)) = Default::default();
    println!("{:?}", defaults);
    let levels = [LogLevel::Quiet, LogLevel::default(), LogLevel::Verbose];
    println!("{:?}", levels.iter().map(|l| *l as u8).collect::<Vec<_>>());
    println!("{:#?}", Retry { jitter: true, ..r });
}

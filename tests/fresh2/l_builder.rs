use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Method {
    Get,
    Post,
    Delete,
}

#[derive(Debug)]
struct Request {
    method: Method,
    url: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout_ms: u32,
    retries: u8,
}

#[derive(Default)]
struct RequestBuilder {
    method: Option<Method>,
    url: Option<String>,
    headers: Vec<(String, String)>,
    body: Option<String>,
    timeout_ms: Option<u32>,
    retries: u8,
}

#[derive(Debug)]
enum BuildError {
    MissingUrl,
    BodyNotAllowed(Method),
    BadTimeout(u32),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BuildError::MissingUrl => write!(f, "a url is required"),
            BuildError::BodyNotAllowed(m) => write!(f, "{m:?} requests cannot have a body"),
            BuildError::BadTimeout(t) => write!(f, "timeout {t}ms is out of range"),
        }
    }
}

impl RequestBuilder {
    fn new() -> Self {
        Self::default()
    }
    fn method(mut self, m: Method) -> Self {
        self.method = Some(m);
        self
    }
    fn url(mut self, u: impl Into<String>) -> Self {
        self.url = Some(u.into());
        self
    }
    fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_lowercase(), v.to_string()));
        self
    }
    fn body(mut self, b: impl Into<String>) -> Self {
        self.body = Some(b.into());
        self
    }
    fn timeout(mut self, ms: u32) -> Self {
        self.timeout_ms = Some(ms);
        self
    }
    fn retries(mut self, n: u8) -> Self {
        self.retries = n;
        self
    }

    fn build(self) -> Result<Request, BuildError> {
        let url = self.url.ok_or(BuildError::MissingUrl)?;
        let method = self.method.unwrap_or(Method::Get);
        if self.body.is_some() && method != Method::Post {
            return Err(BuildError::BodyNotAllowed(method));
        }
        let timeout_ms = match self.timeout_ms {
            None => 30_000,
            Some(t @ 1..=120_000) => t,
            Some(t) => return Err(BuildError::BadTimeout(t)),
        };
        let mut headers = self.headers;
        if let Some(b) = &self.body {
            headers.push(("content-length".into(), b.len().to_string()));
        }
        headers.sort();
        Ok(Request { method, url, headers, body: self.body, timeout_ms, retries: self.retries })
    }
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{} {} (timeout {}s, retries {})", format!("{:?}", self.method).to_uppercase(), self.url, self.timeout_ms as f64 / 1000.0, self.retries)?;
        for (k, v) in &self.headers {
            writeln!(f, "  {k}: {v}")?;
        }
        if let Some(b) = &self.body {
            write!(f, "  body: {b}")?;
        } else {
            write!(f, "  (no body)")?;
        }
        Ok(())
    }
}

fn main() {
    let attempts = vec![
        RequestBuilder::new().url("https://example.org/items"),
        RequestBuilder::new()
            .method(Method::Post)
            .url(String::from("https://example.org/items"))
            .header("Content-Type", "application/json")
            .header("Accept", "*/*")
            .body(r#"{"id": 7}"#)
            .timeout(2500)
            .retries(3),
        RequestBuilder::new().method(Method::Delete).body("oops").url("/x"),
        RequestBuilder::new().method(Method::Get),
        RequestBuilder::new().url("/slow").timeout(500_000),
        RequestBuilder::new().url("/fast").timeout(1).header("X-Trace", "abc"),
    ];
    let mut built = Vec::new();
    for (i, b) in attempts.into_iter().enumerate() {
        match b.build() {
            Ok(req) => {
                println!("#{i} ok:\n{req}");
                built.push(req);
            }
            Err(e) => println!("#{i} error: {e} / {e:?}"),
        }
    }
    let total_timeout: u32 = built.iter().map(|r| r.timeout_ms).sum();
    println!("{} built, total timeout {total_timeout}ms", built.len());
    println!("{:#?}", built.last().unwrap());
}

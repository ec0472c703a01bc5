use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

struct NoUrl;
struct HasUrl;
struct NoMethod;
struct HasMethod;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Method {
    Get,
    Post { idempotent: bool },
    Delete,
}

struct RequestBuilder<U, M> {
    url: Option<String>,
    method: Option<Method>,
    headers: BTreeMap<String, String>,
    retries: u8,
    _state: PhantomData<(U, M)>,
}

struct Request {
    url: String,
    method: Method,
    headers: BTreeMap<String, String>,
    retries: u8,
}

impl RequestBuilder<NoUrl, NoMethod> {
    fn new() -> Self {
        RequestBuilder { url: None, method: None, headers: BTreeMap::new(), retries: 0, _state: PhantomData }
    }
}

impl<M> RequestBuilder<NoUrl, M> {
    fn url(self, u: impl Into<String>) -> RequestBuilder<HasUrl, M> {
        RequestBuilder { url: Some(u.into()), method: self.method, headers: self.headers, retries: self.retries, _state: PhantomData }
    }
}

impl<U> RequestBuilder<U, NoMethod> {
    fn method(self, m: Method) -> RequestBuilder<U, HasMethod> {
        RequestBuilder { url: self.url, method: Some(m), headers: self.headers, retries: self.retries, _state: PhantomData }
    }
}

impl<U, M> RequestBuilder<U, M> {
    fn header<K: AsRef<str>, V: ToString>(mut self, k: K, v: V) -> Self {
        self.headers.insert(k.as_ref().to_ascii_lowercase(), v.to_string());
        self
    }
    fn retries(mut self, n: u8) -> Self {
        self.retries = n;
        self
    }
}

impl RequestBuilder<HasUrl, HasMethod> {
    fn build(self) -> Request {
        Request { url: self.url.unwrap(), method: self.method.unwrap(), headers: self.headers, retries: self.retries }
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &self.headers)
            .field("retries", &self.retries)
            .finish()
    }
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = match self.method {
            Method::Get => "GET",
            Method::Post { .. } => "POST",
            Method::Delete => "DELETE",
        };
        write!(f, "{:<6} {}", verb, self.url)?;
        if !self.headers.is_empty() {
            let hs: Vec<String> = self.headers.iter().map(|(k, v)| format!("{k}={v}")).collect();
            write!(f, " [{}]", hs.join("; "))?;
        }
        Ok(())
    }
}

impl Request {
    fn is_safe(&self) -> bool {
        matches!(self.method, Method::Get | Method::Post { idempotent: true })
    }
}

fn main() {
    let r1 = RequestBuilder::new().url("https://example.org/items").method(Method::Get).build();
    let r2 = RequestBuilder::new()
        .method(Method::Post { idempotent: false })
        .header("Content-Type", "application/json")
        .header("X-Trace", 42)
        .url("https://example.org/items/new")
        .retries(3)
        .build();
    let r3 = RequestBuilder::new()
        .url(String::from("https://example.org/items/7"))
        .header("AUTH", "token")
        .method(Method::Delete)
        .build();
    let r4 = RequestBuilder::new().url("/ping").method(Method::Post { idempotent: true }).build();

    let mut all = vec![r1, r2, r3, r4];
    for r in &all {
        println!("{}", r);
    }
    println!("{:?}", all[0]);
    println!("{:#?}", all[1]);
    all.sort_by(|a, b| b.method.cmp(&a.method).then(a.url.cmp(&b.url)));
    for (i, r) in all.iter().enumerate() {
        println!("{i}: safe={:<5} retries={} {:?}", r.is_safe(), r.retries, r.method);
    }
    let safe_count = all.iter().filter(|r| r.is_safe()).count();
    println!("safe requests: {safe_count}/{}", all.len());
}

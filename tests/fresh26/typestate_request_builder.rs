use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

struct NoUrl;
struct HasUrl;
struct NoMethod;
struct HasMethod;

trait MethodState { const READY: bool; }
impl MethodState for NoMethod { const READY: bool = false; }
impl MethodState for HasMethod { const READY: bool = true; }

#[derive(Debug, Clone, Copy, PartialEq)]
enum Method { Get, Post, Delete }

struct RequestBuilder<U, M> {
    url: Option<String>,
    method: Option<Method>,
    headers: BTreeMap<String, String>,
    body: Option<String>,
    _state: PhantomData<(U, M)>,
}

impl RequestBuilder<NoUrl, NoMethod> {
    fn new() -> Self {
        RequestBuilder { url: None, method: None, headers: BTreeMap::new(), body: None, _state: PhantomData }
    }
}

impl<M> RequestBuilder<NoUrl, M> {
    fn url(self, u: &str) -> RequestBuilder<HasUrl, M> {
        RequestBuilder { url: Some(u.to_string()), method: self.method, headers: self.headers, body: self.body, _state: PhantomData }
    }
}

impl<U> RequestBuilder<U, NoMethod> {
    fn method(self, m: Method) -> RequestBuilder<U, HasMethod> {
        RequestBuilder { url: self.url, method: Some(m), headers: self.headers, body: self.body, _state: PhantomData }
    }
}

impl<U, M: MethodState> RequestBuilder<U, M> {
    fn header(mut self, k: &str, v: impl Into<String>) -> Self {
        self.headers.insert(k.to_ascii_lowercase(), v.into());
        self
    }
    fn body(mut self, b: impl AsRef<str>) -> Self {
        let b = b.as_ref();
        self.body = Some(b.to_string());
        self.header("Content-Length", b.len().to_string())
    }
    fn method_known(&self) -> bool { M::READY }
}

impl RequestBuilder<HasUrl, HasMethod> {
    fn build(self) -> Result<Request, String> {
        let method = self.method.unwrap();
        if method == Method::Get && self.body.is_some() {
            return Err(format!("GET to {} must not carry a body", self.url.as_deref().unwrap_or("?")));
        }
        Ok(Request { url: self.url.unwrap(), method, headers: self.headers, body: self.body })
    }
}

struct Request {
    url: String,
    method: Method,
    headers: BTreeMap<String, String>,
    body: Option<String>,
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = match self.method { Method::Get => "GET", Method::Post => "POST", Method::Delete => "DELETE" };
        write!(f, "{} {}", m, self.url)?;
        if f.alternate() {
            for (k, v) in &self.headers {
                write!(f, "\n  {}: {}", k, v)?;
            }
            if let Some(b) = &self.body {
                write!(f, "\n  <{} bytes> {}", b.len(), b)?;
            }
        } else {
            write!(f, " ({} headers)", self.headers.len())?;
        }
        Ok(())
    }
}

fn main() {
    let b = RequestBuilder::new();
    println!("fresh knows method: {}", b.method_known());
    let b = b.header("Accept", "text/plain");
    let b = b.method(Method::Post);
    println!("after method knows: {}", b.method_known());
    let req = b
        .url("https://example.test/items")
        .header("X-Trace", String::from("abc123"))
        .body("{\"name\":\"widget\"}")
        .build();
    match &req {
        Ok(r) => println!("{}\n{:#}", r, r),
        Err(e) => println!("error: {}", e),
    }

    let bad = RequestBuilder::new()
        .url("https://example.test/search")
        .method(Method::Get)
        .body(String::from("q=1"))
        .build();
    match bad {
        Ok(r) => println!("unexpected {}", r),
        Err(e) => println!("error: {}", e),
    }

    let reqs: Vec<Result<Request, String>> = ["/a", "/b", "/c"]
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let m = if i % 2 == 0 { Method::Delete } else { Method::Get };
            RequestBuilder::new().method(m).url(p).header("Idx", i.to_string()).build()
        })
        .collect();
    let all: Result<Vec<Request>, String> = reqs.into_iter().collect();
    let all = all.unwrap();
    for r in all.iter().rev() {
        println!("{:#}", r);
    }
    let deletes = all.iter().filter(|r| matches!(r.method, Method::Delete)).count();
    let with_idx = all.iter().filter(|r| matches!(r.headers.get("idx"), Some(v) if v != "0")).count();
    println!("deletes={} idx>0={}", deletes, with_idx);
}

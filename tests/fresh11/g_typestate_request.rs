// Typestate builder with PhantomData markers and default type parameters.
use std::fmt;
use std::marker::PhantomData;

pub struct NoUrl;
pub struct HasUrl;
pub struct NoMethod;
pub struct HasMethod;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Method {
    Get,
    Post,
    Delete,
}

pub struct RequestBuilder<U = NoUrl, M = NoMethod> {
    url: Option<String>,
    method: Option<Method>,
    headers: Vec<(String, String)>,
    body: Option<String>,
    _state: PhantomData<(U, M)>,
}

impl RequestBuilder {
    pub fn new() -> Self {
        RequestBuilder { url: None, method: None, headers: Vec::new(), body: None, _state: PhantomData }
    }
}

impl<U, M> RequestBuilder<U, M> {
    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
    fn retype<U2, M2>(self) -> RequestBuilder<U2, M2> {
        RequestBuilder {
            url: self.url,
            method: self.method,
            headers: self.headers,
            body: self.body,
            _state: PhantomData,
        }
    }
}

impl<M> RequestBuilder<NoUrl, M> {
    pub fn url(mut self, u: &str) -> RequestBuilder<HasUrl, M> {
        self.url = Some(u.to_string());
        self.retype()
    }
}

impl<U> RequestBuilder<U, NoMethod> {
    pub fn method(mut self, m: Method) -> RequestBuilder<U, HasMethod> {
        self.method = Some(m);
        self.retype()
    }
}

impl RequestBuilder<HasUrl, HasMethod> {
    pub fn body(mut self, b: impl Into<String>) -> Self {
        self.body = Some(b.into());
        self
    }
    pub fn build(self) -> Request {
        Request {
            url: self.url.unwrap(),
            method: self.method.unwrap(),
            headers: self.headers,
            body: self.body,
        }
    }
}

pub trait StateName {
    const NAME: &'static str;
}
impl StateName for NoUrl { const NAME: &'static str = "no-url"; }
impl StateName for HasUrl { const NAME: &'static str = "url"; }
impl StateName for NoMethod { const NAME: &'static str = "no-method"; }
impl StateName for HasMethod { const NAME: &'static str = "method"; }

fn describe_state<U: StateName, M: StateName>(_b: &RequestBuilder<U, M>) -> String {
    format!("{}+{}", U::NAME, M::NAME)
}

#[derive(Debug)]
pub struct Request {
    url: String,
    method: Method,
    headers: Vec<(String, String)>,
    body: Option<String>,
}

impl fmt::Display for Request {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {}", self.method, self.url)?;
        for (k, v) in &self.headers {
            write!(f, "\n  {k}: {v}")?;
        }
        if let Some(b) = &self.body {
            write!(f, "\n  <{} bytes>", b.len())?;
        }
        Ok(())
    }
}

fn main() {
    let b0 = RequestBuilder::new();
    println!("state0: {}", describe_state(&b0));
    let b1 = b0.header("Accept", "text/plain");
    let b2 = b1.method(Method::Post);
    println!("state2: {}", describe_state(&b2));
    let b3 = b2.url("https://example.org/items");
    println!("state3: {}", describe_state(&b3));
    let req = b3.header("X-Trace", "42").body("hello world").build();
    println!("{}", req);

    let other = RequestBuilder::new()
        .url("/health")
        .method(Method::Get)
        .build();
    println!("{}", other);
    println!("{:?}", other);

    let reqs = vec![req, other];
    let posts = reqs.iter().filter(|r| r.method == Method::Post).count();
    println!("posts={} total={}", posts, reqs.len());
    let del = RequestBuilder::new().method(Method::Delete).url("/x/1").build();
    println!("delete has body? {}", del.body.is_some());
}

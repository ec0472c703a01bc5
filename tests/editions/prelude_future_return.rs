// editions: 2015 2018 2021 2024
// `impl Future<Output = ..>` / `impl IntoFuture` in signatures without importing the traits: E0405
// before 2024, fine with the 2024 prelude.
use std::future::{ready, Ready};
use std::task::{Context, Poll, Waker};

fn lookup(id: u32) -> impl Future<Output = Option<&'static str>> {
    let names = ["zero", "one", "two"];
    ready(names.get(id as usize).copied())
}

struct Job(u32);

impl IntoFuture for Job {
    type Output = u32;
    type IntoFuture = Ready<u32>;
    fn into_future(self) -> Ready<u32> {
        ready(self.0 * 10)
    }
}

fn now<F: Future>(f: F) -> F::Output {
    let mut f = Box::pin(f);
    let mut cx = Context::from_waker(Waker::noop());
    match f.as_mut().poll(&mut cx) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("not ready"),
    }
}

fn main() {
    for id in 0..4 {
        println!("{} -> {:?}", id, now(lookup(id)));
    }
    println!("job -> {}", now(Job(4).into_future()));
}

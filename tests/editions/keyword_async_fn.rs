// editions: 2015 2018 2021 2024
// `async fn` (driven by a minimal executor): E0670 "`async fn` is not permitted in Rust 2015"; fine from
// 2018 on.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

async fn fetch(id: u32) -> u32 {
    id * 100
}

async fn total(ids: Vec<u32>) -> u32 {
    let mut sum = 0;
    for id in ids {
        sum += fetch(id).await;
    }
    sum
}

fn block_on<F: Future>(fut: F) -> F::Output {
    let mut fut = Box::pin(fut);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(v) = Pin::as_mut(&mut fut).poll(&mut cx) {
            return v;
        }
    }
}

fn main() {
    println!("one: {}", block_on(fetch(3)));
    println!("total: {}", block_on(total(vec![1, 2, 3, 4])));
}

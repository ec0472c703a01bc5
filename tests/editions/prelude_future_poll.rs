// editions: 2015 2018 2021 2024
// A hand-written future driven by a tiny executor: `fut.as_mut().poll(&mut cx)` needs the Future trait
// in scope, which only the 2024 prelude provides (E0599 before).
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

struct Countdown {
    left: u32,
    polls: u32,
}

impl std::future::Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.left == 0 {
            Poll::Ready(self.polls)
        } else {
            println!("countdown at {}", self.left);
            self.left -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

fn block_on(mut fut: Pin<Box<Countdown>>) -> u32 {
    let waker = Waker::noop();
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
}

fn main() {
    let polls = block_on(Box::pin(Countdown { left: 3, polls: 0 }));
    println!("ready after {} polls", polls);
}

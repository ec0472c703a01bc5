// std::future: the Future trait (the prelude of edition 2024 names it and IntoFuture). rustmem runs no
// `async` code yet; futures written by hand can be polled (with task::Waker::noop()).
use crate::pin::Pin;
use crate::task::{Context, Poll};

#[must_use = "futures do nothing unless you `.await` or poll them"]
pub trait Future {
    type Output;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
}

pub trait IntoFuture {
    type Output;
    type IntoFuture: Future<Output = Self::Output>;
    fn into_future(self) -> Self::IntoFuture;
}

impl<F: Future> IntoFuture for F {
    type Output = F::Output;
    type IntoFuture = F;
    fn into_future(self) -> F { self }
}

/// A future that is immediately ready with a value.
#[derive(Debug, Clone)]
pub struct Ready<T>(Option<T>);

impl<T> crate::marker::Unpin for Ready<T> {}

impl<T> Future for Ready<T> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T> {
        Poll::Ready(self.get_mut().0.take().expect("`Ready` polled after completion"))
    }
}

impl<T> Ready<T> {
    pub fn into_inner(self) -> T { self.0.expect("Called `into_inner()` on `Ready` after completion") }
}

pub fn ready<T>(t: T) -> Ready<T> { Ready(Some(t)) }

/// A future which never resolves.
#[derive(Debug)]
pub struct Pending<T> { _data: crate::marker::PhantomData<fn() -> T> }

impl<T> Future for Pending<T> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T> { Poll::Pending }
}

pub fn pending<T>() -> Pending<T> { Pending { _data: crate::marker::PhantomData } }

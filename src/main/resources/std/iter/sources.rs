// Iterators made from nothing: once, repeat, empty, from_fn, successors.
use super::{DoubleEndedIterator, ExactSizeIterator, Iterator};

#[def_path = "core::iter::sources::once"]

#[derive(Clone, Debug)]
pub struct Once<T> {
    inner: Option<T>,
}

pub fn once<T>(value: T) -> Once<T> { Once { inner: Some(value) } }

impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.inner.take() }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.inner.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
    fn __trusted_len(&self) -> bool { true }
}

impl<T> DoubleEndedIterator for Once<T> {
    fn next_back(&mut self) -> Option<T> { self.inner.take() }
}

impl<T> ExactSizeIterator for Once<T> {}

#[def_path = "core::iter::sources::repeat"]

#[derive(Clone, Debug)]
pub struct Repeat<A> {
    element: A,
}

pub fn repeat<T: Clone>(elt: T) -> Repeat<T> { Repeat { element: elt } }

impl<A: Clone> Iterator for Repeat<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> { Some(self.element.clone()) }
    fn size_hint(&self) -> (usize, Option<usize>) { (usize::MAX, None) }
}

impl<A: Clone> DoubleEndedIterator for Repeat<A> {
    fn next_back(&mut self) -> Option<A> { Some(self.element.clone()) }
}

#[def_path = "core::iter::sources::repeat_n"]

#[derive(Clone, Debug)]
pub struct RepeatN<A> {
    element: Option<A>,
    count: usize,
}

pub fn repeat_n<T: Clone>(element: T, count: usize) -> RepeatN<T> {
    RepeatN { element: if count == 0 { None } else { Some(element) }, count }
}

impl<A: Clone> Iterator for RepeatN<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.count == 0 {
            return None;
        }
        self.count = self.count - 1;
        if self.count == 0 { self.element.take() } else { self.element.clone() }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { (self.count, Some(self.count)) }
    fn __trusted_len(&self) -> bool { true }
}

impl<A: Clone> ExactSizeIterator for RepeatN<A> {}

#[def_path = "core::iter::sources::empty"]

pub struct Empty<T>(crate::marker::PhantomData<T>);

pub const fn empty<T>() -> Empty<T> { Empty(crate::marker::PhantomData) }

impl<T> Iterator for Empty<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> { None }
    fn size_hint(&self) -> (usize, Option<usize>) { (0, Some(0)) }
    fn __trusted_len(&self) -> bool { true }
}

impl<T> DoubleEndedIterator for Empty<T> {
    fn next_back(&mut self) -> Option<T> { None }
}

impl<T> ExactSizeIterator for Empty<T> {}

impl<T> Clone for Empty<T> {
    fn clone(&self) -> Empty<T> { Empty(crate::marker::PhantomData) }
}

impl<T> crate::fmt::Debug for Empty<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.write_str("Empty") }
}

#[def_path = "core::iter::sources::from_fn"]

#[derive(Clone)]
pub struct FromFn<F>(F);

pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F> { FromFn(f) }

impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
    fn next(&mut self) -> Option<T> { (self.0)() }
}

#[def_path = "core::iter::sources::repeat_with"]

#[derive(Clone)]
pub struct RepeatWith<F> {
    repeater: F,
}

pub fn repeat_with<A, F: FnMut() -> A>(repeater: F) -> RepeatWith<F> { RepeatWith { repeater } }

impl<A, F: FnMut() -> A> Iterator for RepeatWith<F> {
    type Item = A;
    fn next(&mut self) -> Option<A> { Some((self.repeater)()) }
    fn size_hint(&self) -> (usize, Option<usize>) { (usize::MAX, None) }
}

#[def_path = "core::iter::sources::successors"]

#[derive(Clone)]
pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}

pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F> { Successors { next: first, succ } }

impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.next.take()?;
        self.next = (self.succ)(&item);
        Some(item)
    }
    fn size_hint(&self) -> (usize, Option<usize>) { if self.next.is_some() { (1, None) } else { (0, Some(0)) } }
}

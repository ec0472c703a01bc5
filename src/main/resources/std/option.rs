use crate::ops::ControlFlow;

#[lang = "Option"]
#[derive(Copy, PartialEq, PartialOrd, Eq, Ord, Debug, Hash)]
pub enum Option<T> {
    #[lang = "None"]
    None,
    #[lang = "Some"]
    Some(T),
}

pub use Option::{None, Some};

impl<T> Option<T> {
    pub const fn is_some(&self) -> bool { matches!(*self, Some(_)) }
    pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool {
        match self {
            None => false,
            Some(x) => f(x),
        }
    }
    pub const fn is_none(&self) -> bool { !self.is_some() }
    pub fn is_none_or(self, f: impl FnOnce(T) -> bool) -> bool {
        match self {
            None => true,
            Some(x) => f(x),
        }
    }
    pub const fn as_ref(&self) -> Option<&T> {
        match *self {
            Some(ref x) => Some(x),
            None => None,
        }
    }
    pub fn as_mut(&mut self) -> Option<&mut T> {
        match *self {
            Some(ref mut x) => Some(x),
            None => None,
        }
    }
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(val) => val,
            None => crate::panicking::panic_display(&msg),
        }
    }
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(val) => val,
            None => crate::panicking::panic("called `Option::unwrap()` on a `None` value"),
        }
    }
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(x) => x,
            None => default,
        }
    }
    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(x) => x,
            None => f(),
        }
    }
    pub fn unwrap_or_default(self) -> T where T: Default {
        match self {
            Some(x) => x,
            None => T::default(),
        }
    }
    #[track_caller]
    #[track_caller]
    pub unsafe fn unwrap_unchecked(self) -> T {
        match self {
            Some(val) => val,
            None => unsafe { crate::hint::unreachable_unchecked() },
        }
    }
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(x) => Some(f(x)),
            None => None,
        }
    }
    pub fn inspect<F: FnOnce(&T)>(self, f: F) -> Self {
        if let Some(ref x) = self {
            f(x);
        }
        self
    }
    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(t) => f(t),
            None => default,
        }
    }
    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(t) => f(t),
            None => default(),
        }
    }
    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err),
        }
    }
    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err()),
        }
    }
    pub fn as_deref(&self) -> Option<&T::Target> where T: crate::ops::Deref {
        match self.as_ref() {
            Some(t) => Some(t.deref()),
            None => None,
        }
    }
    pub fn as_deref_mut(&mut self) -> Option<&mut T::Target> where T: crate::ops::DerefMut {
        match self.as_mut() {
            Some(t) => Some(t.deref_mut()),
            None => None,
        }
    }
    pub fn iter(&self) -> Iter<'_, T> { Iter { inner: Item { opt: self.as_ref() } } }
    pub fn iter_mut(&mut self) -> IterMut<'_, T> { IterMut { inner: Item { opt: self.as_mut() } } }
    pub fn and<U>(self, optb: Option<U>) -> Option<U> {
        match self {
            Some(_) => optb,
            None => None,
        }
    }
    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(x) => f(x),
            None => None,
        }
    }
    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Self {
        if let Some(x) = self {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
    pub fn or(self, optb: Option<T>) -> Option<T> {
        match self {
            x @ Some(_) => x,
            None => optb,
        }
    }
    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            x @ Some(_) => x,
            None => f(),
        }
    }
    pub fn xor(self, optb: Option<T>) -> Option<T> {
        match (self, optb) {
            (a @ Some(_), None) => a,
            (None, b @ Some(_)) => b,
            _ => None,
        }
    }
    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        unsafe { self.as_mut().unwrap_unchecked() }
    }
    pub fn get_or_insert(&mut self, value: T) -> &mut T {
        if let None = *self {
            *self = Some(value);
        }
        unsafe { self.as_mut().unwrap_unchecked() }
    }
    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if let None = *self {
            *self = Some(f());
        }
        unsafe { self.as_mut().unwrap_unchecked() }
    }
    pub fn get_or_insert_default(&mut self) -> &mut T where T: Default {
        self.get_or_insert_with(T::default)
    }
    pub fn as_pin_ref(self: crate::pin::Pin<&Self>) -> Option<crate::pin::Pin<&T>> {
        // Pin is repr(transparent): its pointer is the &Option<T> itself (Pin::get_ref)
        let r: &Option<T> = unsafe { crate::mem::transmute::<crate::pin::Pin<&Self>, &Self>(self) };
        match r {
            Some(x) => Some(unsafe { crate::pin::Pin::new_unchecked(x) }),
            None => None,
        }
    }
    pub fn as_pin_mut(self: crate::pin::Pin<&mut Self>) -> Option<crate::pin::Pin<&mut T>> {
        // Pin::get_unchecked_mut
        let r: &mut Option<T> = unsafe { crate::mem::transmute::<crate::pin::Pin<&mut Self>, &mut Self>(self) };
        match r {
            Some(x) => Some(unsafe { crate::pin::Pin::new_unchecked(x) }),
            None => None,
        }
    }
    pub fn as_slice(&self) -> &[T] {
        match self {
            Some(x) => crate::slice::from_ref(x),
            None => &[],
        }
    }
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        match self {
            Some(x) => crate::slice::from_mut(x),
            None => &mut [],
        }
    }
    pub const fn take(&mut self) -> Option<T> { crate::mem::replace(self, None) }
    pub fn take_if<P: FnOnce(&mut T) -> bool>(&mut self, predicate: P) -> Option<T> {
        if self.as_mut().map_or(false, predicate) { self.take() } else { None }
    }
    pub const fn replace(&mut self, value: T) -> Option<T> { crate::mem::replace(self, Some(value)) }
    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }
}

impl<T, U> Option<(T, U)> {
    pub fn unzip(self) -> (Option<T>, Option<U>) {
        match self {
            Some((a, b)) => (Some(a), Some(b)),
            None => (None, None),
        }
    }
}

impl<T: Copy> Option<&T> {
    pub const fn copied(self) -> Option<T> {
        match self {
            Some(&v) => Some(v),
            None => None,
        }
    }
}

impl<T: Clone> Option<&T> {
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(t) => Some(t.clone()),
            None => None,
        }
    }
}

impl<T: Copy> Option<&mut T> {
    pub fn copied(self) -> Option<T> {
        match self {
            Some(&mut t) => Some(t),
            None => None,
        }
    }
}

impl<T: Clone> Option<&mut T> {
    pub fn cloned(self) -> Option<T> {
        match self {
            Some(t) => Some(t.clone()),
            None => None,
        }
    }
}

impl<T, E> Option<Result<T, E>> {
    pub fn transpose(self) -> Result<Option<T>, E> {
        match self {
            Some(Ok(x)) => Ok(Some(x)),
            Some(Err(e)) => Err(e),
            None => Ok(None),
        }
    }
}

impl<T> Option<Option<T>> {
    pub fn flatten(self) -> Option<T> {
        match self {
            Some(inner) => inner,
            None => None,
        }
    }
}

impl<T: Clone> Clone for Option<T> {
    fn clone(&self) -> Self {
        match self {
            Some(x) => Some(x.clone()),
            None => None,
        }
    }
}

impl<T> Default for Option<T> {
    fn default() -> Option<T> { None }
}

impl<T> From<T> for Option<T> {
    fn from(val: T) -> Option<T> { Some(val) }
}

impl<'a, T> From<&'a Option<T>> for Option<&'a T> {
    fn from(o: &'a Option<T>) -> Option<&'a T> { o.as_ref() }
}

impl<'a, T> From<&'a mut Option<T>> for Option<&'a mut T> {
    fn from(o: &'a mut Option<T>) -> Option<&'a mut T> { o.as_mut() }
}

impl<T> crate::ops::Try for Option<T> {
    type Output = T;
    type Residual = Option<crate::convert::Infallible>;
    fn from_output(output: Self::Output) -> Self { Some(output) }
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output> {
        match self {
            Some(v) => ControlFlow::Continue(v),
            None => ControlFlow::Break(None),
        }
    }
}

impl<T> crate::ops::FromResidual<Option<crate::convert::Infallible>> for Option<T> {
    fn from_residual(residual: Option<crate::convert::Infallible>) -> Self { None }
}

// ------------------------------------------------------------------ iterators

#[derive(Clone, Debug)]
struct Item<A> {
    opt: Option<A>,
}

impl<A> Iterator for Item<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> { self.opt.take() }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = if self.opt.is_some() { 1 } else { 0 };
        (n, Some(n))
    }
}

impl<A> DoubleEndedIterator for Item<A> {
    fn next_back(&mut self) -> Option<A> { self.opt.take() }
}

#[derive(Debug)]
pub struct Iter<'a, A: 'a> {
    inner: Item<&'a A>,
}

impl<'a, A> Iterator for Iter<'a, A> {
    type Item = &'a A;
    fn next(&mut self) -> Option<&'a A> { self.inner.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl<'a, A> DoubleEndedIterator for Iter<'a, A> {
    fn next_back(&mut self) -> Option<&'a A> { self.inner.next_back() }
}

#[derive(Debug)]
pub struct IterMut<'a, A: 'a> {
    inner: Item<&'a mut A>,
}

impl<'a, A> Iterator for IterMut<'a, A> {
    type Item = &'a mut A;
    fn next(&mut self) -> Option<&'a mut A> { self.inner.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl<'a, A> DoubleEndedIterator for IterMut<'a, A> {
    fn next_back(&mut self) -> Option<&'a mut A> { self.inner.next_back() }
}

impl<A> ExactSizeIterator for Item<A> {}
impl<A> crate::iter::FusedIterator for Item<A> {}
impl<'a, A> ExactSizeIterator for Iter<'a, A> {}
impl<'a, A> crate::iter::FusedIterator for Iter<'a, A> {}
impl<'a, A> ExactSizeIterator for IterMut<'a, A> {}
impl<'a, A> crate::iter::FusedIterator for IterMut<'a, A> {}
impl<A> ExactSizeIterator for IntoIter<A> {}
impl<A> crate::iter::FusedIterator for IntoIter<A> {}

impl<'a, A> Clone for Iter<'a, A> {
    fn clone(&self) -> Self { Iter { inner: Item { opt: self.inner.opt } } }
}

#[derive(Clone, Debug)]
pub struct IntoIter<A> {
    inner: Item<A>,
}

impl<A> Iterator for IntoIter<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> { self.inner.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl<A> DoubleEndedIterator for IntoIter<A> {
    fn next_back(&mut self) -> Option<A> { self.inner.next_back() }
}

impl<T> IntoIterator for Option<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> { IntoIter { inner: Item { opt: self } } }
}

impl<'a, T> IntoIterator for &'a Option<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.iter() }
}

impl<'a, T> IntoIterator for &'a mut Option<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> { self.iter_mut() }
}

impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {
    fn from_iter<I: IntoIterator<Item = Option<A>>>(iter: I) -> Option<V> {
        let mut error: Option<()> = None;
        let v: V = crate::iter::from_fn_shunt_err(iter.into_iter().map(|x: Option<A>| x.ok_or(())), &mut error);
        if error.is_some() { None } else { Some(v) }
    }
}

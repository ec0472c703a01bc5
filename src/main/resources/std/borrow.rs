use crate::fmt;
use crate::ops::Deref;

#[def_path = "core::borrow"]

pub trait Borrow<Borrowed: ?Sized> {
    fn borrow(&self) -> &Borrowed;
}

#[def_path = "core::borrow"]

pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> {
    fn borrow_mut(&mut self) -> &mut Borrowed;
}

impl<T: ?Sized> Borrow<T> for T {
    fn borrow(&self) -> &T { self }
}
impl<T: ?Sized> BorrowMut<T> for T {
    fn borrow_mut(&mut self) -> &mut T { self }
}
impl<T: ?Sized> Borrow<T> for &T {
    fn borrow(&self) -> &T { &**self }
}
impl<T: ?Sized> Borrow<T> for &mut T {
    fn borrow(&self) -> &T { &**self }
}
impl<T: ?Sized> BorrowMut<T> for &mut T {
    fn borrow_mut(&mut self) -> &mut T { &mut **self }
}

pub trait ToOwned {
    type Owned: Borrow<Self>;
    fn to_owned(&self) -> Self::Owned;
    fn clone_into(&self, target: &mut Self::Owned) { *target = self.to_owned(); }
}

impl<T: Clone> ToOwned for T {
    type Owned = T;
    fn to_owned(&self) -> T { self.clone() }
}

pub enum Cow<'a, B: ?Sized + ToOwned + 'a> {
    Borrowed(&'a B),
    Owned(<B as ToOwned>::Owned),
}

pub use Cow::{Borrowed, Owned};

impl<B: ?Sized + ToOwned> Cow<'_, B> {
    pub const fn is_borrowed(&self) -> bool { matches!(self, Cow::Borrowed(_)) }
    pub const fn is_owned(&self) -> bool { !self.is_borrowed() }
    pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned {
        match *self {
            Cow::Borrowed(borrowed) => {
                *self = Cow::Owned(borrowed.to_owned());
                match *self {
                    Cow::Borrowed(..) => unreachable!(),
                    Cow::Owned(ref mut owned) => owned,
                }
            }
            Cow::Owned(ref mut owned) => owned,
        }
    }
    pub fn into_owned(self) -> <B as ToOwned>::Owned {
        match self {
            Cow::Borrowed(borrowed) => borrowed.to_owned(),
            Cow::Owned(owned) => owned,
        }
    }
}

impl<B: ?Sized + ToOwned> Deref for Cow<'_, B> where B::Owned: Borrow<B> {
    type Target = B;
    fn deref(&self) -> &B {
        match *self {
            Cow::Borrowed(borrowed) => borrowed,
            Cow::Owned(ref owned) => owned.borrow(),
        }
    }
}

impl<'a, B: ?Sized> Borrow<B> for Cow<'a, B> where B: ToOwned {
    fn borrow(&self) -> &B { &**self }
}

impl<B: ?Sized + ToOwned> Clone for Cow<'_, B> {
    fn clone(&self) -> Self {
        match *self {
            Cow::Borrowed(b) => Cow::Borrowed(b),
            Cow::Owned(ref o) => {
                let b: &B = o.borrow();
                Cow::Owned(b.to_owned())
            }
        }
    }
}

impl<B: ?Sized + ToOwned + fmt::Debug> fmt::Debug for Cow<'_, B> where B::Owned: fmt::Debug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Cow::Borrowed(ref b) => fmt::Debug::fmt(b, f),
            Cow::Owned(ref o) => fmt::Debug::fmt(o, f),
        }
    }
}

impl<B: ?Sized + ToOwned + fmt::Display> fmt::Display for Cow<'_, B> where B::Owned: fmt::Display {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Cow::Borrowed(ref b) => fmt::Display::fmt(b, f),
            Cow::Owned(ref o) => fmt::Display::fmt(o, f),
        }
    }
}

impl<'a, 'b, B: ?Sized + ToOwned + PartialEq> PartialEq<Cow<'b, B>> for Cow<'a, B> {
    fn eq(&self, other: &Cow<'b, B>) -> bool { PartialEq::eq(&**self, &**other) }
}

impl PartialEq<str> for Cow<'_, str> {
    fn eq(&self, other: &str) -> bool { &**self == other }
}
impl PartialEq<&str> for Cow<'_, str> {
    fn eq(&self, other: &&str) -> bool { &**self == *other }
}

impl<'a> From<&'a str> for Cow<'a, str> {
    fn from(s: &'a str) -> Cow<'a, str> { Cow::Borrowed(s) }
}
impl<'a> From<crate::string::String> for Cow<'a, str> {
    fn from(s: crate::string::String) -> Cow<'a, str> { Cow::Owned(s) }
}
impl<'a> From<&'a crate::string::String> for Cow<'a, str> {
    fn from(s: &'a crate::string::String) -> Cow<'a, str> { Cow::Borrowed(s.as_str()) }
}
impl<T: ?Sized + ToOwned> AsRef<T> for Cow<'_, T> {
    fn as_ref(&self) -> &T { self }
}

impl<B: ?Sized + ToOwned + Eq> Eq for Cow<'_, B> {}

impl<'a, B: ?Sized + ToOwned + PartialOrd> PartialOrd for Cow<'a, B> {
    fn partial_cmp(&self, other: &Cow<'a, B>) -> Option<crate::cmp::Ordering> { PartialOrd::partial_cmp(&**self, &**other) }
}

impl<B: ?Sized + ToOwned + Ord> Ord for Cow<'_, B> {
    fn cmp(&self, other: &Self) -> crate::cmp::Ordering { Ord::cmp(&**self, &**other) }
}

impl<B: ?Sized + ToOwned + crate::hash::Hash> crate::hash::Hash for Cow<'_, B> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { crate::hash::Hash::hash(&**self, state) }
}

impl<B: ?Sized + ToOwned> Default for Cow<'_, B> where B::Owned: Default {
    fn default() -> Self { Cow::Owned(<B::Owned as Default>::default()) }
}

impl PartialEq<crate::string::String> for Cow<'_, str> {
    fn eq(&self, other: &crate::string::String) -> bool { &**self == other.as_str() }
}
impl<'a> PartialEq<Cow<'a, str>> for str {
    fn eq(&self, other: &Cow<'a, str>) -> bool { self == &**other }
}
impl<'a, 'b> PartialEq<Cow<'a, str>> for &'b str {
    fn eq(&self, other: &Cow<'a, str>) -> bool { *self == &**other }
}
impl<T: Clone, U> PartialEq<&[U]> for Cow<'_, [T]> where T: PartialEq<U> {
    fn eq(&self, other: &&[U]) -> bool { &self[..] == &other[..] }
}
impl<T: Clone, U> PartialEq<&mut [U]> for Cow<'_, [T]> where T: PartialEq<U> {
    fn eq(&self, other: &&mut [U]) -> bool { &self[..] == &other[..] }
}
impl<T: Clone, U> PartialEq<crate::vec::Vec<U>> for Cow<'_, [T]> where T: PartialEq<U> {
    fn eq(&self, other: &crate::vec::Vec<U>) -> bool { &self[..] == &other[..] }
}

impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {
    fn from(s: &'a [T]) -> Cow<'a, [T]> { Cow::Borrowed(s) }
}
impl<'a, T: Clone, const N: usize> From<&'a [T; N]> for Cow<'a, [T]> {
    fn from(s: &'a [T; N]) -> Cow<'a, [T]> { Cow::Borrowed(s as &[_]) }
}
impl<'a, T: Clone> From<crate::vec::Vec<T>> for Cow<'a, [T]> {
    fn from(v: crate::vec::Vec<T>) -> Cow<'a, [T]> { Cow::Owned(v) }
}
impl<'a, T: Clone> From<&'a crate::vec::Vec<T>> for Cow<'a, [T]> {
    fn from(v: &'a crate::vec::Vec<T>) -> Cow<'a, [T]> { Cow::Borrowed(v.as_slice()) }
}
impl<'a, T: Clone> From<Cow<'a, [T]>> for crate::vec::Vec<T> {
    fn from(s: Cow<'a, [T]>) -> crate::vec::Vec<T> { s.into_owned() }
}
impl<'a> From<Cow<'a, str>> for crate::boxed::Box<str> {
    fn from(s: Cow<'a, str>) -> crate::boxed::Box<str> { crate::boxed::Box::from(&*s) }
}

impl<'a> crate::iter::FromIterator<char> for Cow<'a, str> {
    fn from_iter<I: IntoIterator<Item = char>>(it: I) -> Cow<'a, str> { Cow::Owned(crate::iter::FromIterator::from_iter(it)) }
}
impl<'a, 'b> crate::iter::FromIterator<&'b str> for Cow<'a, str> {
    fn from_iter<I: IntoIterator<Item = &'b str>>(it: I) -> Cow<'a, str> { Cow::Owned(crate::iter::FromIterator::from_iter(it)) }
}
impl<'a> crate::iter::FromIterator<crate::string::String> for Cow<'a, str> {
    fn from_iter<I: IntoIterator<Item = crate::string::String>>(it: I) -> Cow<'a, str> { Cow::Owned(crate::iter::FromIterator::from_iter(it)) }
}
impl<'a, T: Clone> crate::iter::FromIterator<T> for Cow<'a, [T]> {
    fn from_iter<I: IntoIterator<Item = T>>(it: I) -> Cow<'a, [T]> { Cow::Owned(crate::iter::FromIterator::from_iter(it)) }
}

impl<'a> crate::ops::Add<&'a str> for Cow<'a, str> {
    type Output = Cow<'a, str>;
    fn add(mut self, rhs: &'a str) -> Cow<'a, str> {
        self += rhs;
        self
    }
}
impl<'a> crate::ops::Add<Cow<'a, str>> for Cow<'a, str> {
    type Output = Cow<'a, str>;
    fn add(mut self, rhs: Cow<'a, str>) -> Cow<'a, str> {
        self += rhs;
        self
    }
}
impl<'a> crate::ops::AddAssign<&'a str> for Cow<'a, str> {
    fn add_assign(&mut self, rhs: &'a str) {
        if self.is_empty() {
            *self = Cow::Borrowed(rhs)
        } else if !rhs.is_empty() {
            if let Cow::Borrowed(lhs) = *self {
                let mut s = crate::string::String::with_capacity(lhs.len() + rhs.len());
                s.push_str(lhs);
                *self = Cow::Owned(s);
            }
            self.to_mut().push_str(rhs);
        }
    }
}
impl<'a> crate::ops::AddAssign<Cow<'a, str>> for Cow<'a, str> {
    fn add_assign(&mut self, rhs: Cow<'a, str>) {
        if self.is_empty() {
            *self = rhs
        } else if !rhs.is_empty() {
            if let Cow::Borrowed(lhs) = *self {
                let mut s = crate::string::String::with_capacity(lhs.len() + rhs.len());
                s.push_str(lhs);
                *self = Cow::Owned(s);
            }
            self.to_mut().push_str(&rhs);
        }
    }
}

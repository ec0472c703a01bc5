use crate::fmt::{Debug, Display};

pub trait Error: Debug + Display {
    fn source(&self) -> Option<&(dyn Error + 'static)> { None }
    fn description(&self) -> &str { "description() is deprecated; use Display" }
    fn cause(&self) -> Option<&dyn Error> { self.source() }
    /// The concrete type behind a `dyn Error` (std's private type_id; the Internal argument keeps it uncallable).
    #[doc(hidden)]
    fn type_id(&self, _: private::Internal) -> crate::any::TypeId where Self: 'static { crate::any::TypeId::of::<Self>() }
}

mod private {
    #[derive(Debug)]
    pub struct Internal;
}

macro_rules! error_downcast {
    ($($t:tt)*) => {
        impl $($t)* {
            pub fn is<T: Error + 'static>(&self) -> bool { self.type_id(private::Internal) == crate::any::TypeId::of::<T>() }
            pub fn downcast_ref<T: Error + 'static>(&self) -> Option<&T> {
                if self.is::<T>() { unsafe { Some(&*(self as *const Self as *const T)) } } else { None }
            }
            pub fn downcast_mut<T: Error + 'static>(&mut self) -> Option<&mut T> {
                if self.is::<T>() { unsafe { Some(&mut *(self as *mut Self as *mut T)) } } else { None }
            }
            pub fn downcast<T: Error + 'static>(self: crate::boxed::Box<Self>) -> Result<crate::boxed::Box<T>, crate::boxed::Box<Self>> {
                if self.is::<T>() {
                    unsafe { Ok(crate::boxed::Box::from_raw(crate::boxed::Box::into_raw(self) as *mut T)) }
                } else {
                    Err(self)
                }
            }
        }
    };
}
error_downcast!(dyn Error + 'static);
error_downcast!(dyn Error + Send + 'static);
error_downcast!(dyn Error + Send + Sync + 'static);


impl<'a, E: Error + 'a> From<E> for crate::boxed::Box<dyn Error + 'a> {
    fn from(err: E) -> crate::boxed::Box<dyn Error + 'a> { crate::boxed::Box::new(err) }
}

impl<'a, E: Error + Send + Sync + 'a> From<E> for crate::boxed::Box<dyn Error + Send + Sync + 'a> {
    fn from(err: E) -> crate::boxed::Box<dyn Error + Send + Sync + 'a> { crate::boxed::Box::new(err) }
}

/// A String as an error (std's StringError behind `Box<dyn Error>::from(String)`): Debug shows the string.
struct StringError(crate::string::String);

impl Debug for StringError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { Debug::fmt(&self.0, f) }
}
impl Display for StringError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { Display::fmt(&self.0, f) }
}
impl Error for StringError {}

impl<'a> From<crate::string::String> for crate::boxed::Box<dyn Error + Send + Sync + 'a> {
    fn from(err: crate::string::String) -> crate::boxed::Box<dyn Error + Send + Sync + 'a> { crate::boxed::Box::new(StringError(err)) }
}
impl<'a> From<crate::string::String> for crate::boxed::Box<dyn Error + 'a> {
    fn from(err: crate::string::String) -> crate::boxed::Box<dyn Error + 'a> { crate::boxed::Box::new(StringError(err)) }
}
impl<'a, 'b> From<&'b str> for crate::boxed::Box<dyn Error + Send + Sync + 'a> {
    fn from(err: &'b str) -> crate::boxed::Box<dyn Error + Send + Sync + 'a> { From::from(crate::string::String::from(err)) }
}
impl<'a, 'b> From<&'b str> for crate::boxed::Box<dyn Error + 'a> {
    fn from(err: &'b str) -> crate::boxed::Box<dyn Error + 'a> { From::from(crate::string::String::from(err)) }
}

impl<T: Error> Error for crate::boxed::Box<T> {
    fn source(&self) -> Option<&(dyn Error + 'static)> { Error::source(&**self) }
}

impl<'a, T: Error + ?Sized> Error for &'a T {
    fn source(&self) -> Option<&(dyn Error + 'static)> { Error::source(&**self) }
}

impl Error for crate::fmt::Error {}
impl Error for crate::cell::BorrowError {}
impl Error for crate::cell::BorrowMutError {}
impl Error for crate::char::CharTryFromError {}
impl Error for crate::char::ParseCharError {}
impl Error for crate::convert::Infallible {}

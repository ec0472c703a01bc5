#[lang = "sized"]
#[rustc_on_unimplemented(message = "the size for values of type `{Self}` cannot be known at compilation time",
    label = "doesn't have a size known at compile-time")]
pub trait Sized {}

#[lang = "copy"]
pub trait Copy: Clone {}

#[lang = "send"]
#[rustc_on_unimplemented(message = "`{Self}` cannot be sent between threads safely",
    label = "`{Self}` cannot be sent between threads safely")]
pub unsafe auto trait Send {}

#[lang = "sync"]
#[rustc_on_unimplemented(message = "`{Self}` cannot be shared between threads safely",
    label = "`{Self}` cannot be shared between threads safely")]
pub unsafe auto trait Sync {}

#[lang = "unpin"]
pub auto trait Unpin {}

#[lang = "unsize"]
pub trait Unsize<T: ?Sized> {}

#[lang = "discriminant_kind"]
pub trait DiscriminantKind {
    #[lang = "discriminant_type"]
    type Discriminant: Copy + crate::fmt::Debug + Eq + PartialEq + crate::hash::Hash + Send + Sync + Unpin;
}

#[lang = "phantom_data"]
pub struct PhantomData<T: ?Sized>;

impl<T: ?Sized> Clone for PhantomData<T> {
    fn clone(&self) -> Self { PhantomData }
}
impl<T: ?Sized> Copy for PhantomData<T> {}
impl<T: ?Sized> Default for PhantomData<T> {
    fn default() -> Self { PhantomData }
}
impl<T: ?Sized> PartialEq for PhantomData<T> {
    fn eq(&self, _other: &PhantomData<T>) -> bool { true }
}
impl<T: ?Sized> Eq for PhantomData<T> {}
impl<T: ?Sized> crate::fmt::Debug for PhantomData<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("PhantomData<")?;
        f.write_str(crate::intrinsics::type_name::<T>())?;
        f.write_str(">")
    }
}

// raw pointers are neither Send nor Sync
impl<T: ?Sized> !Send for *const T {}
impl<T: ?Sized> !Send for *mut T {}
impl<T: ?Sized> !Sync for *const T {}
impl<T: ?Sized> !Sync for *mut T {}

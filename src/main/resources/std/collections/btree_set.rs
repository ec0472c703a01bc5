// placeholder
pub struct BTreeSet<T> { _m: crate::marker::PhantomData<T> }

// placeholder
pub struct HashSet<T> { _m: crate::marker::PhantomData<T> }

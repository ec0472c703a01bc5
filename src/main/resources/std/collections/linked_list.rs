// placeholder
pub struct LinkedList<T> { _m: crate::marker::PhantomData<T> }

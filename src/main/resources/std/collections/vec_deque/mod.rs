// placeholder
pub struct VecDeque<T> { _m: crate::marker::PhantomData<T> }

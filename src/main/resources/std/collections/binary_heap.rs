// placeholder
pub struct BinaryHeap<T> { _m: crate::marker::PhantomData<T> }

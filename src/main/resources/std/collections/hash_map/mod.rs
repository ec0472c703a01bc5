// placeholder
pub struct HashMap<K, V> { _m: crate::marker::PhantomData<(K, V)> }

// placeholder
pub struct BTreeMap<K, V> { _m: crate::marker::PhantomData<(K, V)> }

// alloc::collections::btree::set_val: the zero-sized value of the map inside a BTreeSet.

/// Zero-Sized Type (ZST) for internal `BTreeSet` values. Used instead of `()` to differentiate
/// between `BTreeMap<T, ()>` (possible user-defined map) and `BTreeMap<T, SetValZST>`.
#[derive(Debug, Eq, PartialEq, Ord, PartialOrd, Hash, Clone, Default)]
pub(crate) struct SetValZST;

/// Whether `V` is `SetValZST` (std answers this with specialization).
pub(crate) fn is_set_val<V>() -> bool {
    crate::intrinsics::type_id::<V>() == crate::intrinsics::type_id::<SetValZST>()
}

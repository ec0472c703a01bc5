// std::collections: each collection in its module, as std's paths name them (std::collections::hash_map …).

#[def_path = "std::collections::hash::map"]

pub mod hash_map;
#[def_path = "std::collections::hash::set"]
pub mod hash_set;
#[def_path = "alloc::collections::btree::map"]
pub mod btree_map;
#[def_path = "alloc::collections::btree::set"]
pub mod btree_set;
#[def_path = "alloc::collections::vec_deque"]
pub mod vec_deque;
#[def_path = "alloc::collections::binary_heap"]
pub mod binary_heap;
#[def_path = "alloc::collections::linked_list"]
pub mod linked_list;

pub use hash_map::HashMap;
pub use hash_set::HashSet;
pub use btree_map::BTreeMap;
pub use btree_set::BTreeSet;
pub use vec_deque::VecDeque;
pub use binary_heap::BinaryHeap;
pub use linked_list::LinkedList;

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TryReserveError {
    kind: TryReserveErrorKind,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TryReserveErrorKind {
    CapacityOverflow,
    AllocError { layout: crate::alloc::Layout },
}

impl TryReserveError {
    pub(crate) fn capacity_overflow() -> TryReserveError { TryReserveError { kind: TryReserveErrorKind::CapacityOverflow } }
    pub(crate) fn alloc_error(layout: crate::alloc::Layout) -> TryReserveError {
        TryReserveError { kind: TryReserveErrorKind::AllocError { layout } }
    }
}

impl crate::fmt::Display for TryReserveError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.write_str("memory allocation failed")?;
        match self.kind {
            TryReserveErrorKind::CapacityOverflow => f.write_str(" because the computed capacity exceeded the collection's maximum"),
            TryReserveErrorKind::AllocError { .. } => f.write_str(" because the memory allocator returned an error"),
        }
    }
}

// std::collections (HashMap, BTreeMap, VecDeque … are added module by module).

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct TryReserveError {
    kind: TryReserveErrorKind,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum TryReserveErrorKind {
    CapacityOverflow,
    AllocError { layout: crate::alloc::Layout },
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

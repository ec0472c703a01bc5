// core::bool: bool's inherent methods (its operator and formatting impls are in ops and fmt).

impl bool {
    /// `Some(t)` if the bool is true, `None` otherwise (t is evaluated either way).
    #[inline]
    pub fn then_some<T>(self, t: T) -> Option<T> {
        if self { Some(t) } else { None }
    }

    /// `Some(f())` if the bool is true, `None` otherwise.
    #[inline]
    pub fn then<T, F: FnOnce() -> T>(self, f: F) -> Option<T> {
        if self { Some(f()) } else { None }
    }
}

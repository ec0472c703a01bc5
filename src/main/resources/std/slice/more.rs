// More of [T]'s methods (core::slice): arrays at the ends, chunk views, the splitting iterators, selection,
// disjoint borrows, and the methods of [u8], [[T; N]] and [MaybeUninit<T>].
use super::*;
use crate::mem::MaybeUninit;

impl<T> [T] {
    pub const fn first_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        if self.len() < N { None } else { Some(unsafe { &*(self.as_ptr() as *const [T; N]) }) }
    }
    pub fn first_chunk_mut<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        if self.len() < N { None } else { Some(unsafe { &mut *(self.as_mut_ptr() as *mut [T; N]) }) }
    }
    pub fn split_first_chunk<const N: usize>(&self) -> Option<(&[T; N], &[T])> {
        if self.len() < N {
            return None;
        }
        let (first, tail) = self.split_at(N);
        Some((unsafe { &*(first.as_ptr() as *const [T; N]) }, tail))
    }
    pub fn split_first_chunk_mut<const N: usize>(&mut self) -> Option<(&mut [T; N], &mut [T])> {
        if self.len() < N {
            return None;
        }
        let (first, tail) = self.split_at_mut(N);
        Some((unsafe { &mut *(first.as_mut_ptr() as *mut [T; N]) }, tail))
    }
    pub fn split_last_chunk<const N: usize>(&self) -> Option<(&[T], &[T; N])> {
        let index = self.len().checked_sub(N)?;
        let (init, last) = self.split_at(index);
        Some((init, unsafe { &*(last.as_ptr() as *const [T; N]) }))
    }
    pub fn split_last_chunk_mut<const N: usize>(&mut self) -> Option<(&mut [T], &mut [T; N])> {
        let index = self.len().checked_sub(N)?;
        let (init, last) = self.split_at_mut(index);
        Some((init, unsafe { &mut *(last.as_mut_ptr() as *mut [T; N]) }))
    }
    pub fn last_chunk<const N: usize>(&self) -> Option<&[T; N]> {
        let index = self.len().checked_sub(N)?;
        Some(unsafe { &*(self.as_ptr().add(index) as *const [T; N]) })
    }
    pub fn last_chunk_mut<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        let index = self.len().checked_sub(N)?;
        Some(unsafe { &mut *(self.as_mut_ptr().add(index) as *mut [T; N]) })
    }
    pub const fn as_array<const N: usize>(&self) -> Option<&[T; N]> {
        if self.len() == N { Some(unsafe { &*(self.as_ptr() as *const [T; N]) }) } else { None }
    }
    pub fn as_mut_array<const N: usize>(&mut self) -> Option<&mut [T; N]> {
        if self.len() == N { Some(unsafe { &mut *(self.as_mut_ptr() as *mut [T; N]) }) } else { None }
    }
    pub fn as_mut_ptr_range(&mut self) -> ops::Range<*mut T> {
        let start = self.as_mut_ptr();
        let end = unsafe { start.add(self.len()) };
        start..end
    }

    // ---------------------------------------------------------------- chunk views

    pub unsafe fn as_chunks_unchecked<const N: usize>(&self) -> &[[T; N]] {
        let new_len = self.len() / N;
        unsafe { from_raw_parts(self.as_ptr() as *const [T; N], new_len) }
    }
    pub unsafe fn as_chunks_unchecked_mut<const N: usize>(&mut self) -> &mut [[T; N]] {
        let new_len = self.len() / N;
        unsafe { from_raw_parts_mut(self.as_mut_ptr() as *mut [T; N], new_len) }
    }
    #[track_caller]
    pub fn as_chunks<const N: usize>(&self) -> (&[[T; N]], &[T]) {
        assert!(N != 0, "chunk size must be non-zero");
        let len_rounded_down = self.len() / N * N;
        let (multiple_of_n, remainder) = self.split_at(len_rounded_down);
        (unsafe { multiple_of_n.as_chunks_unchecked() }, remainder)
    }
    #[track_caller]
    pub fn as_rchunks<const N: usize>(&self) -> (&[T], &[[T; N]]) {
        assert!(N != 0, "chunk size must be non-zero");
        let len = self.len() / N;
        let (remainder, multiple_of_n) = self.split_at(self.len() - len * N);
        (remainder, unsafe { multiple_of_n.as_chunks_unchecked() })
    }
    #[track_caller]
    pub fn as_chunks_mut<const N: usize>(&mut self) -> (&mut [[T; N]], &mut [T]) {
        assert!(N != 0, "chunk size must be non-zero");
        let len_rounded_down = self.len() / N * N;
        let (multiple_of_n, remainder) = self.split_at_mut(len_rounded_down);
        (unsafe { multiple_of_n.as_chunks_unchecked_mut() }, remainder)
    }
    #[track_caller]
    pub fn as_rchunks_mut<const N: usize>(&mut self) -> (&mut [T], &mut [[T; N]]) {
        assert!(N != 0, "chunk size must be non-zero");
        let len = self.len() / N;
        let at = self.len() - len * N;
        let (remainder, multiple_of_n) = self.split_at_mut(at);
        (remainder, unsafe { multiple_of_n.as_chunks_unchecked_mut() })
    }
    #[track_caller]
    pub fn array_windows<const N: usize>(&self) -> ArrayWindows<'_, T, N> {
        assert!(N != 0, "window size must be non-zero");
        ArrayWindows { v: self }
    }
    #[track_caller]
    pub fn chunks_exact_mut(&mut self, chunk_size: usize) -> ChunksExactMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        let rem = self.len() % chunk_size;
        let fst_len = self.len() - rem;
        let (fst, snd) = self.split_at_mut(fst_len);
        ChunksExactMut { v: fst, rem: snd, chunk_size }
    }
    #[track_caller]
    pub fn rchunks_mut(&mut self, chunk_size: usize) -> RChunksMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunksMut { v: self, chunk_size }
    }
    #[track_caller]
    pub fn rchunks_exact(&self, chunk_size: usize) -> RChunksExact<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        let rem = self.len() % chunk_size;
        let (fst, snd) = self.split_at(rem);
        RChunksExact { v: snd, rem: fst, chunk_size }
    }
    #[track_caller]
    pub fn rchunks_exact_mut(&mut self, chunk_size: usize) -> RChunksExactMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        let rem = self.len() % chunk_size;
        let (fst, snd) = self.split_at_mut(rem);
        RChunksExactMut { v: snd, rem: fst, chunk_size }
    }
    pub fn chunk_by<F: FnMut(&T, &T) -> bool>(&self, pred: F) -> ChunkBy<'_, T, F> { ChunkBy { slice: self, predicate: pred } }
    pub fn chunk_by_mut<F: FnMut(&T, &T) -> bool>(&mut self, pred: F) -> ChunkByMut<'_, T, F> {
        ChunkByMut { slice: self, predicate: pred }
    }

    // ---------------------------------------------------------------- splitting

    #[track_caller]
    pub unsafe fn split_at_unchecked(&self, mid: usize) -> (&[T], &[T]) {
        let len = self.len();
        if mid > len {
            crate::panicking::precondition_violated(format_args!("slice::split_at_unchecked requires the index to be within the slice"));
        }
        let p = self.as_ptr();
        unsafe { (from_raw_parts(p, mid), from_raw_parts(p.add(mid), len - mid)) }
    }
    #[track_caller]
    pub unsafe fn split_at_mut_unchecked(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        if mid > len {
            crate::panicking::precondition_violated(format_args!("slice::split_at_mut_unchecked requires the index to be within the slice"));
        }
        let p = self.as_mut_ptr();
        unsafe { (from_raw_parts_mut(p, mid), from_raw_parts_mut(p.add(mid), len - mid)) }
    }
    pub fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut [T], &mut [T])> {
        if mid <= self.len() { Some(unsafe { self.split_at_mut_unchecked(mid) }) } else { None }
    }
    pub fn split_mut<F: FnMut(&T) -> bool>(&mut self, pred: F) -> SplitMut<'_, T, F> { SplitMut { v: self, pred, finished: false } }
    pub fn split_inclusive<F: FnMut(&T) -> bool>(&self, pred: F) -> SplitInclusive<'_, T, F> {
        let finished = self.is_empty();
        SplitInclusive { v: self, pred, finished }
    }
    pub fn split_inclusive_mut<F: FnMut(&T) -> bool>(&mut self, pred: F) -> SplitInclusiveMut<'_, T, F> {
        let finished = self.is_empty();
        SplitInclusiveMut { v: self, pred, finished }
    }
    pub fn rsplit<F: FnMut(&T) -> bool>(&self, pred: F) -> RSplit<'_, T, F> { RSplit { inner: Split { v: self, pred, finished: false } } }
    pub fn rsplit_mut<F: FnMut(&T) -> bool>(&mut self, pred: F) -> RSplitMut<'_, T, F> { RSplitMut { inner: SplitMut { v: self, pred, finished: false } } }
    pub fn splitn<F: FnMut(&T) -> bool>(&self, n: usize, pred: F) -> SplitN<'_, T, F> {
        SplitN { inner: Split::new(self, pred), count: n }
    }
    pub fn splitn_mut<F: FnMut(&T) -> bool>(&mut self, n: usize, pred: F) -> SplitNMut<'_, T, F> {
        SplitNMut { inner: SplitMut { v: self, pred, finished: false }, count: n }
    }
    pub fn rsplitn<F: FnMut(&T) -> bool>(&self, n: usize, pred: F) -> RSplitN<'_, T, F> {
        RSplitN { inner: RSplit { inner: Split { v: self, pred, finished: false } }, count: n }
    }
    pub fn rsplitn_mut<F: FnMut(&T) -> bool>(&mut self, n: usize, pred: F) -> RSplitNMut<'_, T, F> {
        RSplitNMut { inner: RSplitMut { inner: SplitMut { v: self, pred, finished: false } }, count: n }
    }
    pub fn strip_prefix<P: slice_pattern::SlicePattern<Item = T> + ?Sized>(&self, prefix: &P) -> Option<&[T]> where T: PartialEq {
        let prefix = prefix.as_slice();
        let n = prefix.len();
        if n <= self.len() {
            let (head, tail) = self.split_at(n);
            if head == prefix {
                return Some(tail);
            }
        }
        None
    }
    pub fn strip_suffix<P: slice_pattern::SlicePattern<Item = T> + ?Sized>(&self, suffix: &P) -> Option<&[T]> where T: PartialEq {
        let suffix = suffix.as_slice();
        let (len, n) = (self.len(), suffix.len());
        if n <= len {
            let (head, tail) = self.split_at(len - n);
            if tail == suffix {
                return Some(head);
            }
        }
        None
    }
    pub fn split_off<'a, R: one_sided::OneSidedRange>(self: &mut &'a Self, range: R) -> Option<&'a Self> {
        let (front, split_index) = range.split_point()?;
        if split_index > self.len() {
            return None;
        }
        let (a, b) = self.split_at(split_index);
        if front {
            *self = b;
            Some(a)
        } else {
            *self = a;
            Some(b)
        }
    }
    pub fn split_off_mut<'a, R: one_sided::OneSidedRange>(self: &mut &'a mut Self, range: R) -> Option<&'a mut Self> {
        let (front, split_index) = range.split_point()?;
        if split_index > self.len() {
            return None;
        }
        let (a, b) = crate::mem::take(self).split_at_mut(split_index);
        if front {
            *self = b;
            Some(a)
        } else {
            *self = a;
            Some(b)
        }
    }
    pub fn split_off_first<'a>(self: &mut &'a Self) -> Option<&'a T> {
        let (first, rem) = self.split_first()?;
        *self = rem;
        Some(first)
    }
    pub fn split_off_first_mut<'a>(self: &mut &'a mut Self) -> Option<&'a mut T> {
        let (first, rem) = crate::mem::take(self).split_first_mut()?;
        *self = rem;
        Some(first)
    }
    pub fn split_off_last<'a>(self: &mut &'a Self) -> Option<&'a T> {
        let (last, rem) = self.split_last()?;
        *self = rem;
        Some(last)
    }
    pub fn split_off_last_mut<'a>(self: &mut &'a mut Self) -> Option<&'a mut T> {
        let (last, rem) = crate::mem::take(self).split_last_mut()?;
        *self = rem;
        Some(last)
    }

    // ---------------------------------------------------------------- selection, filling, copying

    #[track_caller]
    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T]) where T: Ord {
        partition_at_index(self, index, |a: &T, b: &T| a.lt(b))
    }
    #[track_caller]
    pub fn select_nth_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, index: usize, mut compare: F) -> (&mut [T], &mut T, &mut [T]) {
        partition_at_index(self, index, |a: &T, b: &T| compare(a, b) == Ordering::Less)
    }
    #[track_caller]
    pub fn select_nth_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, index: usize, mut f: F) -> (&mut [T], &mut T, &mut [T]) {
        partition_at_index(self, index, |a: &T, b: &T| f(a).lt(&f(b)))
    }
    pub fn fill_with<F: FnMut() -> T>(&mut self, mut f: F) {
        for el in self {
            *el = f();
        }
    }
    #[track_caller]
    pub fn copy_within<R: ops::RangeBounds<usize>>(&mut self, src: R, dest: usize) where T: Copy {
        let ops::Range { start: src_start, end: src_end } = ops::to_range(src, self.len());
        let count = src_end - src_start;
        assert!(dest <= self.len() - count, "dest is out of bounds");
        unsafe {
            let p = self.as_mut_ptr();
            ptr::copy(p.add(src_start), p.add(dest), count);
        }
    }
    pub unsafe fn align_to<U>(&self) -> (&[T], &[U], &[T]) {
        let (t, u) = (crate::mem::size_of::<T>(), crate::mem::size_of::<U>());
        if u == 0 || t == 0 {
            return (self, &[], &[]);
        }
        let offset = align_offset_of::<T, U>(self.as_ptr().addr());
        if offset > self.len() {
            return (self, &[], &[]);
        }
        let (left, rest) = self.split_at(offset);
        let rest_len = rest.len();
        let us_len = rest_len * t / u;
        let ts_len = rest_len - us_len * u / t;
        unsafe {
            (left, from_raw_parts(rest.as_ptr() as *const U, us_len), from_raw_parts(rest.as_ptr().add(rest_len - ts_len), ts_len))
        }
    }
    pub unsafe fn align_to_mut<U>(&mut self) -> (&mut [T], &mut [U], &mut [T]) {
        let (t, u) = (crate::mem::size_of::<T>(), crate::mem::size_of::<U>());
        if u == 0 || t == 0 {
            return (self, &mut [], &mut []);
        }
        let offset = align_offset_of::<T, U>(self.as_ptr().addr());
        if offset > self.len() {
            return (self, &mut [], &mut []);
        }
        let (left, rest) = self.split_at_mut(offset);
        let rest_len = rest.len();
        let us_len = rest_len * t / u;
        let ts_len = rest_len - us_len * u / t;
        let p = rest.as_mut_ptr();
        unsafe { (left, from_raw_parts_mut(p as *mut U, us_len), from_raw_parts_mut(p.add(rest_len - ts_len), ts_len)) }
    }
    pub fn is_sorted_by<F: FnMut(&T, &T) -> bool>(&self, mut compare: F) -> bool {
        let mut i = 1;
        while i < self.len() {
            if !compare(&self[i - 1], &self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }
    pub fn element_offset(&self, element: &T) -> Option<usize> {
        let size = crate::mem::size_of::<T>();
        if size == 0 {
            panic!("elements are zero-sized");
        }
        let self_start = self.as_ptr().addr();
        let elem_start = (element as *const T).addr();
        let byte_offset = elem_start.wrapping_sub(self_start);
        if byte_offset % size != 0 {
            return None;
        }
        let offset = byte_offset / size;
        if offset < self.len() { Some(offset) } else { None }
    }
    pub fn get_disjoint_mut<I, const N: usize>(&mut self, indices: [I; N]) -> Result<[&mut I::Output; N], GetDisjointMutError>
    where
        I: disjoint::GetDisjointMutIndex + SliceIndex<Self>,
    {
        let len = self.len();
        let mut i = 0;
        while i < N {
            if !indices[i].is_in_bounds(len) {
                return Err(GetDisjointMutError::IndexOutOfBounds);
            }
            let mut j = 0;
            while j < i {
                if indices[i].is_overlapping(&indices[j]) {
                    return Err(GetDisjointMutError::OverlappingIndices);
                }
                j += 1;
            }
            i += 1;
        }
        unsafe { Ok(self.get_disjoint_unchecked_mut(indices)) }
    }
    pub unsafe fn get_disjoint_unchecked_mut<I, const N: usize>(&mut self, indices: [I; N]) -> [&mut I::Output; N]
    where
        I: disjoint::GetDisjointMutIndex + SliceIndex<Self>,
    {
        let slice: *mut [T] = self;
        let mut it = indices.into_iter();
        crate::array::from_fn(|_| unsafe { &mut *it.next().unwrap().get_unchecked_mut(slice) })
    }
}

/// How far (in T's) from address p the first U-aligned element is, or usize::MAX (ptr::align_offset for align_to).
fn align_offset_of<T, U>(p: usize) -> usize {
    let t = crate::mem::size_of::<T>();
    let align = crate::mem::align_of::<U>();
    let mut k = 0;
    while k <= align {
        if (p + k * t) % align == 0 {
            return k;
        }
        k += 1;
    }
    usize::MAX
}

/// select_nth_unstable (core::slice::sort::select): min or max swapped to the ends; short slices insertion-sorted.
#[track_caller]
fn partition_at_index<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], index: usize, mut is_less: F) -> (&mut [T], &mut T, &mut [T]) {
    let len = v.len();
    if index >= len {
        panic!("partition_at_index index {} greater than length of slice {}", index, len);
    }
    if crate::mem::size_of::<T>() == 0 {
    } else if index == len - 1 {
        let mut max_idx = 0;
        let mut i = 1;
        while i < len {
            if is_less(&v[max_idx], &v[i]) {
                max_idx = i;
            }
            i += 1;
        }
        v.swap(max_idx, index);
    } else if index == 0 {
        let mut min_idx = 0;
        let mut i = 1;
        while i < len {
            if is_less(&v[i], &v[min_idx]) {
                min_idx = i;
            }
            i += 1;
        }
        v.swap(min_idx, index);
    } else if len <= 16 {
        sort::insertion_sort_shift_left(v, 1, &mut is_less);
    } else {
        sort::unstable_sort(v, is_less);
    }
    let (left, right) = v.split_at_mut(index);
    let (pivot, right) = right.split_at_mut(1);
    (left, &mut pivot[0], right)
}

mod slice_pattern {
    /// What strip_prefix and strip_suffix accept (core::slice::SlicePattern): a slice or an array.
    pub trait SlicePattern {
        type Item;
        fn as_slice(&self) -> &[Self::Item];
    }

    impl<T> SlicePattern for [T] {
        type Item = T;
        fn as_slice(&self) -> &[T] { self }
    }

    impl<T, const N: usize> SlicePattern for [T; N] {
        type Item = T;
        fn as_slice(&self) -> &[T] { self }
    }
}

mod one_sided {
    use crate::ops;

    /// The ranges split_off takes (core::ops::OneSidedRange): (whether the front is split off, the index).
    pub trait OneSidedRange {
        fn split_point(self) -> Option<(bool, usize)>;
    }

    impl OneSidedRange for ops::RangeTo<usize> {
        fn split_point(self) -> Option<(bool, usize)> { Some((true, self.end)) }
    }

    impl OneSidedRange for ops::RangeFrom<usize> {
        fn split_point(self) -> Option<(bool, usize)> { Some((false, self.start)) }
    }

    impl OneSidedRange for ops::RangeToInclusive<usize> {
        fn split_point(self) -> Option<(bool, usize)> { Some((true, self.end.checked_add(1)?)) }
    }
}

mod disjoint {
    use crate::ops;

    /// The indices get_disjoint_mut takes (core::slice::GetDisjointMutIndex).
    pub trait GetDisjointMutIndex: Clone {
        fn is_in_bounds(&self, len: usize) -> bool;
        fn is_overlapping(&self, other: &Self) -> bool;
    }

    impl GetDisjointMutIndex for usize {
        fn is_in_bounds(&self, len: usize) -> bool { *self < len }
        fn is_overlapping(&self, other: &Self) -> bool { *self == *other }
    }

    impl GetDisjointMutIndex for ops::Range<usize> {
        fn is_in_bounds(&self, len: usize) -> bool { (self.start <= self.end) & (self.end <= len) }
        fn is_overlapping(&self, other: &Self) -> bool { (self.start < other.end) & (other.start < self.end) }
    }

    impl GetDisjointMutIndex for ops::RangeInclusive<usize> {
        fn is_in_bounds(&self, len: usize) -> bool { (*self.start() <= *self.end()) & (*self.end() < len) }
        fn is_overlapping(&self, other: &Self) -> bool { (*self.start() <= *other.end()) & (*other.start() <= *self.end()) }
    }
}

/// The error of get_disjoint_mut.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GetDisjointMutError {
    IndexOutOfBounds,
    OverlappingIndices,
}

impl crate::fmt::Display for GetDisjointMutError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        let msg = match self {
            GetDisjointMutError::IndexOutOfBounds => "an index is out of bounds",
            GetDisjointMutError::OverlappingIndices => "there were overlapping indices",
        };
        crate::fmt::Display::fmt(msg, f)
    }
}

impl crate::error::Error for GetDisjointMutError {}

// ------------------------------------------------------------------ [[T; N]]

impl<T, const N: usize> [[T; N]] {
    pub fn as_flattened(&self) -> &[T] {
        let len = self.len() * N;
        unsafe { from_raw_parts(self.as_ptr() as *const T, len) }
    }
    pub fn as_flattened_mut(&mut self) -> &mut [T] {
        let len = self.len() * N;
        unsafe { from_raw_parts_mut(self.as_mut_ptr() as *mut T, len) }
    }
}

// ------------------------------------------------------------------ [MaybeUninit<T>]

impl<T> [MaybeUninit<T>] {
    #[track_caller]
    pub fn write_copy_of_slice(&mut self, src: &[T]) -> &mut [T] where T: Copy {
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }
        unsafe {
            ptr::copy_nonoverlapping(src.as_ptr(), self.as_mut_ptr() as *mut T, src.len());
            self.assume_init_mut()
        }
    }
    #[track_caller]
    pub fn write_clone_of_slice(&mut self, src: &[T]) -> &mut [T] where T: Clone {
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }
        let mut i = 0;
        while i < src.len() {
            self[i].write(src[i].clone());
            i += 1;
        }
        unsafe { self.assume_init_mut() }
    }
    pub unsafe fn assume_init_drop(&mut self) {
        if !self.is_empty() {
            unsafe { ptr::drop_in_place(self as *mut [MaybeUninit<T>] as *mut [T]) }
        }
    }
    pub unsafe fn assume_init_ref(&self) -> &[T] { unsafe { &*(self as *const [MaybeUninit<T>] as *const [T]) } }
    pub unsafe fn assume_init_mut(&mut self) -> &mut [T] { unsafe { &mut *(self as *mut [MaybeUninit<T>] as *mut [T]) } }
}

#[track_caller]
fn len_mismatch_fail(dst_len: usize, src_len: usize) -> ! {
    panic!("copy_from_slice: source slice length ({}) does not match destination slice length ({})", src_len, dst_len)
}

// ------------------------------------------------------------------ [u8]

impl [u8] {
    pub fn is_ascii(&self) -> bool {
        for b in self {
            if *b >= 128 {
                return false;
            }
        }
        true
    }
    pub fn eq_ignore_ascii_case(&self, other: &[u8]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if !self[i].eq_ignore_ascii_case(&other[i]) {
                return false;
            }
            i += 1;
        }
        true
    }
    pub fn make_ascii_uppercase(&mut self) {
        for byte in self {
            byte.make_ascii_uppercase();
        }
    }
    pub fn make_ascii_lowercase(&mut self) {
        for byte in self {
            byte.make_ascii_lowercase();
        }
    }
    pub fn to_ascii_uppercase(&self) -> crate::vec::Vec<u8> {
        let mut me = self.to_vec();
        me.make_ascii_uppercase();
        me
    }
    pub fn to_ascii_lowercase(&self) -> crate::vec::Vec<u8> {
        let mut me = self.to_vec();
        me.make_ascii_lowercase();
        me
    }
    pub fn escape_ascii(&self) -> EscapeAscii<'_> { EscapeAscii { bytes: self.iter(), cur: None } }
    pub fn trim_ascii_start(&self) -> &[u8] {
        let mut bytes = self;
        while let [first, rest @ ..] = bytes {
            if first.is_ascii_whitespace() {
                bytes = rest;
            } else {
                break;
            }
        }
        bytes
    }
    pub fn trim_ascii_end(&self) -> &[u8] {
        let mut bytes = self;
        while let [rest @ .., last] = bytes {
            if last.is_ascii_whitespace() {
                bytes = rest;
            } else {
                break;
            }
        }
        bytes
    }
    pub fn trim_ascii(&self) -> &[u8] { self.trim_ascii_start().trim_ascii_end() }
    pub fn utf8_chunks(&self) -> Utf8Chunks<'_> { Utf8Chunks { source: self } }
}

impl u8 {
    pub fn escape_ascii(self) -> super::more_iter::ascii_escape::EscapeDefault { super::more_iter::ascii_escape::escape_default(self) }
}

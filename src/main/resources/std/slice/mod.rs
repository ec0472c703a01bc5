// Slices: [T]'s methods, indexing through SliceIndex, the iterators (iter.rs) and sorting (sort.rs).
use crate::cmp::Ordering;
use crate::intrinsics;
use crate::ops;
use crate::ptr;

mod iter;
mod sort;
mod more;
mod more_iter;
pub use iter::*;
pub use more::GetDisjointMutError;
pub use more_iter::*;

#[track_caller]
pub unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T] {
    if !raw_parts_valid::<T>(data.addr(), len) {
        crate::panicking::precondition_violated(format_args!("slice::from_raw_parts requires the pointer to be aligned and non-null, \
            and the total size of the slice not to exceed `isize::MAX`"));
    }
    unsafe { &*ptr::slice_from_raw_parts(data, len) }
}
#[track_caller]
pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T] {
    if !raw_parts_valid::<T>(data.addr(), len) {
        crate::panicking::precondition_violated(format_args!("slice::from_raw_parts_mut requires the pointer to be aligned and non-null, \
            and the total size of the slice not to exceed `isize::MAX`"));
    }
    unsafe { &mut *ptr::slice_from_raw_parts_mut(data, len) }
}

/// from_raw_parts' precondition: aligned, non-null, at most isize::MAX bytes.
fn raw_parts_valid<T>(addr: usize, len: usize) -> bool {
    let size = crate::intrinsics::size_of::<T>();
    addr != 0 && addr % crate::intrinsics::align_of::<T>() == 0 && (size == 0 || len <= isize::MAX as usize / size)
}
pub fn from_ref<T>(s: &T) -> &[T] { unsafe { from_raw_parts(s, 1) } }
pub fn from_mut<T>(s: &mut T) -> &mut [T] { unsafe { from_raw_parts_mut(s, 1) } }

impl<T> [T] {
    pub const fn len(&self) -> usize { intrinsics::ptr_metadata_len(self as *const [T]) }
    pub const fn is_empty(&self) -> bool { self.len() == 0 }
    pub const fn as_ptr(&self) -> *const T { self as *const [T] as *const T }
    pub fn as_mut_ptr(&mut self) -> *mut T { self as *mut [T] as *mut T }
    pub fn as_ptr_range(&self) -> ops::Range<*const T> {
        let start = self.as_ptr();
        ops::Range { start, end: unsafe { start.add(self.len()) } }
    }

    pub const fn first(&self) -> Option<&T> { if let [first, ..] = self { Some(first) } else { None } }
    pub fn first_mut(&mut self) -> Option<&mut T> { if let [first, ..] = self { Some(first) } else { None } }
    pub const fn last(&self) -> Option<&T> { if let [.., last] = self { Some(last) } else { None } }
    pub fn last_mut(&mut self) -> Option<&mut T> { if let [.., last] = self { Some(last) } else { None } }
    pub const fn split_first(&self) -> Option<(&T, &[T])> { if let [first, tail @ ..] = self { Some((first, tail)) } else { None } }
    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> { if let [first, tail @ ..] = self { Some((first, tail)) } else { None } }
    pub const fn split_last(&self) -> Option<(&T, &[T])> { if let [init @ .., last] = self { Some((last, init)) } else { None } }
    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> { if let [init @ .., last] = self { Some((last, init)) } else { None } }

    pub fn get<I: SliceIndex<[T]>>(&self, index: I) -> Option<&I::Output> { index.get(self) }
    pub fn get_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> Option<&mut I::Output> { index.get_mut(self) }
    #[track_caller]
    pub unsafe fn get_unchecked<I: SliceIndex<[T]>>(&self, index: I) -> &I::Output { unsafe { &*index.get_unchecked(self) } }
    #[track_caller]
    pub unsafe fn get_unchecked_mut<I: SliceIndex<[T]>>(&mut self, index: I) -> &mut I::Output { unsafe { &mut *index.get_unchecked_mut(self) } }

    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        let pa = &raw mut self[a];
        let pb = &raw mut self[b];
        unsafe { ptr::swap(pa, pb) }
    }

    pub fn reverse(&mut self) {
        let n = self.len();
        let mut i = 0;
        while i < n / 2 {
            let p = self.as_mut_ptr();
            unsafe { ptr::swap(p.add(i), p.add(n - 1 - i)) };
            i = i + 1;
        }
    }

    pub fn iter(&self) -> Iter<'_, T> { Iter::new(self) }
    pub fn iter_mut(&mut self) -> IterMut<'_, T> { IterMut::new(self) }

    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<'_, T> {
        assert!(size != 0, "window size must be non-zero");
        Windows::new(self, size)
    }
    #[track_caller]
    pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        Chunks::new(self, chunk_size)
    }
    #[track_caller]
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksMut::new(self, chunk_size)
    }
    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksExact::new(self, chunk_size)
    }
    #[track_caller]
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunks::new(self, chunk_size)
    }
    pub fn split<F: FnMut(&T) -> bool>(&self, pred: F) -> Split<'_, T, F> { Split::new(self, pred) }

    #[track_caller]
    pub const fn split_at(&self, mid: usize) -> (&[T], &[T]) {
        match self.split_at_checked(mid) {
            Some(pair) => pair,
            None => crate::panicking::panic("mid > len"),
        }
    }
    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut [T], &mut [T]) {
        let len = self.len();
        if mid > len {
            crate::panicking::panic("mid > len");
        }
        let p = self.as_mut_ptr();
        unsafe { (from_raw_parts_mut(p, mid), from_raw_parts_mut(p.add(mid), len - mid)) }
    }
    pub const fn split_at_checked(&self, mid: usize) -> Option<(&[T], &[T])> {
        let len = self.len();
        if mid <= len {
            let p = self.as_ptr();
            unsafe { Some((from_raw_parts(p, mid), from_raw_parts(p.add(mid), len - mid))) }
        } else {
            None
        }
    }

    pub fn contains(&self, x: &T) -> bool where T: PartialEq {
        for e in self.iter() {
            if *e == *x {
                return true;
            }
        }
        false
    }
    pub fn starts_with(&self, needle: &[T]) -> bool where T: PartialEq {
        let n = needle.len();
        self.len() >= n && needle == &self[..n]
    }
    pub fn ends_with(&self, needle: &[T]) -> bool where T: PartialEq {
        let (m, n) = (self.len(), needle.len());
        m >= n && needle == &self[m - n..]
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord { self.binary_search_by(|p| p.cmp(x)) }
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0usize;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            let cmp = f(unsafe { self.get_unchecked(mid) });
            base = if cmp == Ordering::Greater { base } else { mid };
            size = size - half;
        }
        let cmp = f(unsafe { self.get_unchecked(base) });
        if cmp == Ordering::Equal {
            Ok(base)
        } else {
            let result = base + (cmp == Ordering::Less) as usize;
            Err(result)
        }
    }
    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|k| f(k).cmp(b))
    }
    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        self.binary_search_by(|x| if pred(x) { Ordering::Less } else { Ordering::Greater }).unwrap_or_else(|i| i)
    }

    pub fn sort(&mut self) where T: Ord { sort::stable_sort(self, |a: &T, b: &T| a.lt(b)) }
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) { sort::stable_sort(self, |a: &T, b: &T| compare(a, b) == Ordering::Less) }
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) { sort::stable_sort(self, |a: &T, b: &T| f(a).lt(&f(b))) }
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        // as alloc's: (key, index) pairs with the smallest index type that fits, sorted unstably, then applied
        macro_rules! sort_by_key {
            ($t:ty, $slice:ident, $f:ident) => {{
                let mut indices: crate::vec::Vec<_> = $slice.iter().map($f).enumerate().map(|(i, k)| (k, i as $t)).collect();
                indices.sort_unstable();
                for i in 0..$slice.len() {
                    let mut index = indices[i].1;
                    while (index as usize) < i {
                        index = indices[index as usize].1;
                    }
                    indices[i].1 = index;
                    $slice.swap(i, index as usize);
                }
            }};
        }
        let len = self.len();
        if len < 2 {
            return;
        }
        let sz_u8 = crate::mem::size_of::<(K, u8)>();
        let sz_u16 = crate::mem::size_of::<(K, u16)>();
        let sz_u32 = crate::mem::size_of::<(K, u32)>();
        let sz_usize = crate::mem::size_of::<(K, usize)>();
        if sz_u8 < sz_u16 && len <= (u8::MAX as usize) {
            return sort_by_key!(u8, self, f);
        }
        if sz_u16 < sz_u32 && len <= (u16::MAX as usize) {
            return sort_by_key!(u16, self, f);
        }
        if sz_u32 < sz_usize && len <= (u32::MAX as usize) {
            return sort_by_key!(u32, self, f);
        }
        sort_by_key!(usize, self, f)
    }
    pub fn sort_unstable(&mut self) where T: Ord { sort::unstable_sort(self, |a: &T, b: &T| a.lt(b)) }
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        sort::unstable_sort(self, |a: &T, b: &T| compare(a, b) == Ordering::Less)
    }
    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) { sort::unstable_sort(self, |a: &T, b: &T| f(a).lt(&f(b))) }
    pub fn is_sorted(&self) -> bool where T: PartialOrd { self.windows(2).all(|w| w[0] <= w[1]) }
    pub fn is_sorted_by_key<K: PartialOrd, F: FnMut(&T) -> K>(&self, mut f: F) -> bool { self.iter().map(|x| f(x)).is_sorted() }

    pub fn fill(&mut self, value: T) where T: Clone {
        for el in self.iter_mut() {
            el.clone_from(&value);
        }
    }
    #[track_caller]
    pub fn copy_from_slice(&mut self, src: &[T]) where T: Copy {
        if self.len() != src.len() {
            len_mismatch_fail(self.len(), src.len());
        }
        unsafe { ptr::copy_nonoverlapping(src.as_ptr(), self.as_mut_ptr(), self.len()) }
    }
    #[track_caller]
    pub fn clone_from_slice(&mut self, src: &[T]) where T: Clone {
        if self.len() != src.len() {
            crate::panicking::panic("destination and source slices have different lengths");
        }
        let mut i = 0;
        while i < self.len() {
            self[i].clone_from(&src[i]);
            i = i + 1;
        }
    }
    pub fn rotate_left(&mut self, mid: usize) {
        if mid > self.len() {
            std_panic!("core/src/slice/mod.rs", 3885, 9, "assertion failed: mid <= self.len()");
        }
        self[..mid].reverse();
        self[mid..].reverse();
        self.reverse();
    }
    pub fn rotate_right(&mut self, k: usize) {
        if k > self.len() {
            std_panic!("core/src/slice/mod.rs", 3931, 9, "assertion failed: k <= self.len()");
        }
        let mid = self.len() - k;
        self.rotate_left(mid);
    }
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        assert!(self.len() == other.len(), "destination and source slices have different lengths");
        let mut i = 0;
        while i < self.len() {
            unsafe { ptr::swap(self.as_mut_ptr().add(i), other.as_mut_ptr().add(i)) };
            i = i + 1;
        }
    }

    pub fn to_vec(&self) -> crate::vec::Vec<T> where T: Clone {
        let mut v = crate::vec::Vec::with_capacity(self.len());
        // std's ConvertVec impls: elements whose clone is a copy are copied at once, others cloned one by one
        if crate::intrinsics::implements::<T, dyn crate::clone::TrivialClone>() {
            unsafe {
                ptr::copy_nonoverlapping(self.as_ptr(), v.as_mut_ptr(), self.len());
                v.set_len(self.len());
            }
            return v;
        }
        for x in self.iter() {
            v.push(x.clone());
        }
        v
    }
    pub fn into_vec(self: crate::boxed::Box<Self>) -> crate::vec::Vec<T> { into_vec(self) }
    pub fn repeat(&self, n: usize) -> crate::vec::Vec<T> where T: Copy {
        let capacity = std_expect!(self.len().checked_mul(n), "alloc/src/slice.rs", 523, 50, "capacity overflow");
        let mut v = crate::vec::Vec::with_capacity(capacity);
        for _ in 0..n {
            v.extend_from_slice(self);
        }
        v
    }
    pub fn concat<Item: ?Sized>(&self) -> <Self as Concat<Item>>::Output where Self: Concat<Item> { Concat::concat(self) }
    pub fn join<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output where Self: Join<Separator> { Join::join(self, sep) }

}

#[track_caller]
fn len_mismatch_fail(dst_len: usize, src_len: usize) -> ! {
    panic!("copy_from_slice: source slice length ({}) does not match destination slice length ({})", src_len, dst_len)
}

/// A boxed slice as a Vec of the same buffer (capacity its length).
pub fn into_vec<T>(b: crate::boxed::Box<[T]>) -> crate::vec::Vec<T> {
    let len = b.len();
    let p = crate::boxed::Box::into_raw(b) as *mut T;
    unsafe { crate::vec::Vec::from_raw_parts(p, len, len) }
}

pub trait Concat<Item: ?Sized> {
    type Output;
    fn concat(slice: &Self) -> Self::Output;
}

pub trait Join<Separator> {
    type Output;
    fn join(slice: &Self, sep: Separator) -> Self::Output;
}

impl<T: Clone, V: crate::borrow::Borrow<[T]>> Concat<T> for [V] {
    type Output = crate::vec::Vec<T>;
    fn concat(slice: &Self) -> crate::vec::Vec<T> {
        let mut size = 0;
        for v in slice.iter() {
            size = size + v.borrow().len();
        }
        let mut result = crate::vec::Vec::with_capacity(size);
        for v in slice.iter() {
            result.extend_from_slice(v.borrow());
        }
        result
    }
}

impl<T: Clone, V: crate::borrow::Borrow<[T]>> Join<&T> for [V] {
    type Output = crate::vec::Vec<T>;
    fn join(slice: &Self, sep: &T) -> crate::vec::Vec<T> {
        let mut iter = slice.iter();
        let first = match iter.next() {
            Some(first) => first,
            None => return crate::vec::Vec::new(),
        };
        let mut size = 0;
        for v in slice.iter() {
            size = size + v.borrow().len();
        }
        size = size + slice.len() - 1;
        let mut result = crate::vec::Vec::with_capacity(size);
        result.extend_from_slice(first.borrow());
        for v in iter {
            result.push(sep.clone());
            result.extend_from_slice(v.borrow());
        }
        result
    }
}

impl<T: Clone, V: crate::borrow::Borrow<[T]>> Join<&[T]> for [V] {
    type Output = crate::vec::Vec<T>;
    fn join(slice: &Self, sep: &[T]) -> crate::vec::Vec<T> {
        let mut iter = slice.iter();
        let first = match iter.next() {
            Some(first) => first,
            None => return crate::vec::Vec::new(),
        };
        let mut size = 0;
        for v in slice.iter() {
            size = size + v.borrow().len();
        }
        size = size + sep.len() * (slice.len() - 1);
        let mut result = crate::vec::Vec::with_capacity(size);
        result.extend_from_slice(first.borrow());
        for v in iter {
            result.extend_from_slice(sep);
            result.extend_from_slice(v.borrow());
        }
        result
    }
}

// ------------------------------------------------------------------ indexing

pub trait SliceIndex<T: ?Sized> {
    type Output: ?Sized;
    fn get(self, slice: &T) -> Option<&Self::Output>;
    fn get_mut(self, slice: &mut T) -> Option<&mut Self::Output>;
    unsafe fn get_unchecked(self, slice: *const T) -> *const Self::Output;
    unsafe fn get_unchecked_mut(self, slice: *mut T) -> *mut Self::Output;
    #[track_caller]
    fn index(self, slice: &T) -> &Self::Output;
    #[track_caller]
    fn index_mut(self, slice: &mut T) -> &mut Self::Output;
}

impl<T> SliceIndex<[T]> for usize {
    type Output = T;
    fn get(self, slice: &[T]) -> Option<&T> { if self < slice.len() { unsafe { Some(&*slice.as_ptr().add(self)) } } else { None } }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut T> {
        if self < slice.len() { unsafe { Some(&mut *slice.as_mut_ptr().add(self)) } } else { None }
    }
    #[track_caller]
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const T {
        if self >= crate::intrinsics::ptr_metadata_len(slice) {
            crate::panicking::precondition_violated(format_args!("slice::get_unchecked requires that the index is within the slice"));
        }
        unsafe { (slice as *const T).add(self) }
    }
    #[track_caller]
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut T {
        if self >= crate::intrinsics::ptr_metadata_len(slice as *const [T]) {
            crate::panicking::precondition_violated(format_args!("slice::get_unchecked_mut requires that the index is within the slice"));
        }
        unsafe { (slice as *mut T).add(self) }
    }
    #[track_caller]
    fn index(self, slice: &[T]) -> &T { &(*slice)[self] }
    #[track_caller]
    fn index_mut(self, slice: &mut [T]) -> &mut T { &mut (*slice)[self] }
}

impl<T> SliceIndex<[T]> for ops::Range<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        if self.start > self.end || self.end > slice.len() { None } else { unsafe { Some(&*self.get_unchecked(slice)) } }
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        if self.start > self.end || self.end > slice.len() { None } else { unsafe { Some(&mut *self.get_unchecked_mut(slice)) } }
    }
    #[track_caller]
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const [T] {
        if self.end < self.start || self.end > crate::intrinsics::ptr_metadata_len(slice) {
            crate::panicking::precondition_violated(format_args!("slice::get_unchecked requires that the range is within the slice"));
        }
        unsafe { ptr::slice_from_raw_parts((slice as *const T).add(self.start), self.end - self.start) }
    }
    #[track_caller]
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut [T] {
        if self.end < self.start || self.end > crate::intrinsics::ptr_metadata_len(slice as *const [T]) {
            crate::panicking::precondition_violated(format_args!("slice::get_unchecked_mut requires that the range is within the slice"));
        }
        unsafe { ptr::slice_from_raw_parts_mut((slice as *mut T).add(self.start), self.end - self.start) }
    }
    #[track_caller]
    fn index(self, slice: &[T]) -> &[T] {
        if self.start > self.end || self.end > slice.len() {
            crate::panicking::slice_index_fail(self.start, self.end, slice.len());
        }
        unsafe { &*self.get_unchecked(slice) }
    }
    #[track_caller]
    fn index_mut(self, slice: &mut [T]) -> &mut [T] {
        if self.start > self.end || self.end > slice.len() {
            crate::panicking::slice_index_fail(self.start, self.end, slice.len());
        }
        unsafe { &mut *self.get_unchecked_mut(slice) }
    }
}

impl<T> SliceIndex<[T]> for ops::RangeTo<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> { (0..self.end).get(slice) }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> { (0..self.end).get_mut(slice) }
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const [T] { unsafe { (0..self.end).get_unchecked(slice) } }
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut [T] { unsafe { (0..self.end).get_unchecked_mut(slice) } }
    #[track_caller]
    fn index(self, slice: &[T]) -> &[T] { (0..self.end).index(slice) }
    #[track_caller]
    fn index_mut(self, slice: &mut [T]) -> &mut [T] { (0..self.end).index_mut(slice) }
}

impl<T> SliceIndex<[T]> for ops::RangeFrom<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> { (self.start..slice.len()).get(slice) }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> { (self.start..slice.len()).get_mut(slice) }
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const [T] {
        unsafe { (self.start..intrinsics::ptr_metadata_len(slice)).get_unchecked(slice) }
    }
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut [T] {
        unsafe { (self.start..intrinsics::ptr_metadata_len(slice as *const [T])).get_unchecked_mut(slice) }
    }
    #[track_caller]
    fn index(self, slice: &[T]) -> &[T] {
        if self.start > slice.len() {
            crate::panicking::slice_index_fail(self.start, slice.len(), slice.len());
        }
        unsafe { &*self.get_unchecked(slice) }
    }
    #[track_caller]
    fn index_mut(self, slice: &mut [T]) -> &mut [T] {
        if self.start > slice.len() {
            crate::panicking::slice_index_fail(self.start, slice.len(), slice.len());
        }
        unsafe { &mut *self.get_unchecked_mut(slice) }
    }
}

impl<T> SliceIndex<[T]> for ops::RangeFull {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> { Some(slice) }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> { Some(slice) }
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const [T] { slice }
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut [T] { slice }
    fn index(self, slice: &[T]) -> &[T] { slice }
    fn index_mut(self, slice: &mut [T]) -> &mut [T] { slice }
}

impl<T> SliceIndex<[T]> for ops::RangeInclusive<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> {
        if *self.end() == usize::MAX { None } else { (*self.start()..*self.end() + 1).get(slice) }
    }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> {
        if *self.end() == usize::MAX { None } else { (*self.start()..*self.end() + 1).get_mut(slice) }
    }
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const [T] { unsafe { (*self.start()..*self.end() + 1).get_unchecked(slice) } }
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut [T] { unsafe { (*self.start()..*self.end() + 1).get_unchecked_mut(slice) } }
    #[track_caller]
    fn index(self, slice: &[T]) -> &[T] {
        let r = self.checked_exclusive(slice.len());
        unsafe { &*r.get_unchecked(slice) }
    }
    #[track_caller]
    fn index_mut(self, slice: &mut [T]) -> &mut [T] {
        let r = self.checked_exclusive(slice.len());
        unsafe { &mut *r.get_unchecked_mut(slice) }
    }
}

impl ops::RangeInclusive<usize> {
    /// The exclusive range it indexes in a slice of length len, or core's panic (RangeInclusive::index).
    #[track_caller]
    fn checked_exclusive(self, len: usize) -> ops::Range<usize> {
        let ops::RangeInclusive { mut start, mut end, exhausted } = self;
        if end < len {
            end = end + 1;
            start = if exhausted { end } else { start };
            if start <= end {
                return start..end;
            }
        }
        crate::panicking::slice_index_fail(start, end, len)
    }
}

impl<T> SliceIndex<[T]> for ops::RangeToInclusive<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]> { (0..=self.end).get(slice) }
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]> { (0..=self.end).get_mut(slice) }
    unsafe fn get_unchecked(self, slice: *const [T]) -> *const [T] { unsafe { (0..=self.end).get_unchecked(slice) } }
    unsafe fn get_unchecked_mut(self, slice: *mut [T]) -> *mut [T] { unsafe { (0..=self.end).get_unchecked_mut(slice) } }
    #[track_caller]
    fn index(self, slice: &[T]) -> &[T] { (0..=self.end).index(slice) }
    #[track_caller]
    fn index_mut(self, slice: &mut [T]) -> &mut [T] { (0..=self.end).index_mut(slice) }
}

impl<T, I: SliceIndex<[T]>> ops::Index<I> for [T] {
    type Output = I::Output;
    #[track_caller]
    fn index(&self, index: I) -> &I::Output { index.index(self) }
}

impl<T, I: SliceIndex<[T]>> ops::IndexMut<I> for [T] {
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output { index.index_mut(self) }
}

// ------------------------------------------------------------------ comparison

impl<A: PartialEq<B>, B> PartialEq<[B]> for [A] {
    fn eq(&self, other: &[B]) -> bool {
        if self.len() != other.len() {
            return false;
        }
        let mut i = 0;
        while i < self.len() {
            if self[i] != other[i] {
                return false;
            }
            i = i + 1;
        }
        true
    }
}

impl<T: Eq> Eq for [T] {}

impl<T: PartialOrd> PartialOrd for [T] {
    fn partial_cmp(&self, other: &[T]) -> Option<Ordering> {
        let l = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < l {
            match self[i].partial_cmp(&other[i]) {
                Some(Ordering::Equal) => (),
                non_eq => return non_eq,
            }
            i = i + 1;
        }
        self.len().partial_cmp(&other.len())
    }
}

impl<T: Ord> Ord for [T] {
    fn cmp(&self, other: &[T]) -> Ordering {
        let l = if self.len() < other.len() { self.len() } else { other.len() };
        let mut i = 0;
        while i < l {
            match self[i].cmp(&other[i]) {
                Ordering::Equal => (),
                non_eq => return non_eq,
            }
            i = i + 1;
        }
        self.len().cmp(&other.len())
    }
}

impl<T: crate::hash::Hash> crate::hash::Hash for [T] {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) {
        state.write_length_prefix(self.len());
        for x in self.iter() {
            x.hash(state);
        }
    }
}

impl<T> Default for &[T] {
    fn default() -> Self { &[] }
}

impl<T> Default for &mut [T] {
    fn default() -> Self { &mut [] }
}

impl<T> AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T] { self }
}
impl<T> AsMut<[T]> for [T] {
    fn as_mut(&mut self) -> &mut [T] { self }
}

impl<T: Clone> crate::borrow::ToOwned for [T] {
    type Owned = crate::vec::Vec<T>;
    fn to_owned(&self) -> crate::vec::Vec<T> { self.to_vec() }
}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.iter() }
}

impl<'a, T> IntoIterator for &'a mut [T] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> { self.iter_mut() }
}

// Sorting as core does it where programs can see it: insertion sort for up to 20 elements; beyond, a
// stable merge sort with driftsort's scratch buffer (on the heap when more than 4 KiB), or the unstable sort.
use crate::ptr;

const SMALL_SORT_THRESHOLD: usize = 20;

/// Inserts v[i] into the sorted v[..i] (core's insert_tail).
fn insert_tail<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], i: usize, is_less: &mut F) {
    unsafe {
        let p = v.as_mut_ptr();
        let tail = p.add(i);
        if !is_less(&*tail, &*tail.sub(1)) {
            return;
        }
        let tmp = crate::mem::ManuallyDrop::new(ptr::read(tail));
        let mut hole = tail;
        loop {
            ptr::copy_nonoverlapping(hole.sub(1), hole, 1);
            hole = hole.sub(1);
            if hole == p || !is_less(&*tmp, &*hole.sub(1)) {
                break;
            }
        }
        ptr::copy_nonoverlapping(&*tmp, hole, 1);
    }
}

pub(crate) fn insertion_sort_shift_left<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], offset: usize, is_less: &mut F) {
    let len = v.len();
    let mut i = offset;
    while i < len {
        insert_tail(v, i, is_less);
        i = i + 1;
    }
}

pub(crate) fn stable_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], mut is_less: F) {
    let len = v.len();
    if len < 2 {
        return;
    }
    if len <= SMALL_SORT_THRESHOLD {
        insertion_sort_shift_left(v, 1, &mut is_less);
        return;
    }
    // driftsort's scratch: max(len - len / 2, min(len, 8 MB / size)) elements, at least 48
    let size = crate::mem::size_of::<T>();
    let max_full_alloc = if size == 0 { len } else { 8_000_000 / size };
    let mut alloc_len = len - len / 2;
    let full = if len < max_full_alloc { len } else { max_full_alloc };
    if full > alloc_len {
        alloc_len = full;
    }
    if alloc_len < 48 {
        alloc_len = 48;
    }
    if alloc_len * size <= 4096 {
        // std's AlignedStorage: 4 KiB on the stack, aligned for T
        let mut buf: AlignedStorage<T> = unsafe { crate::mem::MaybeUninit::uninit().assume_init() };
        merge_sort(v, buf.storage.as_mut_ptr() as *mut T, &mut is_less);
    } else {
        let mut buf: crate::vec::Vec<T> = crate::vec::Vec::with_capacity(alloc_len);
        merge_sort(v, buf.as_mut_ptr(), &mut is_less);
    }
}

/// Stack scratch for the sort, aligned for T (a byte array alone would not be).
#[repr(C)]
struct AlignedStorage<T> {
    _align: [T; 0],
    storage: [crate::mem::MaybeUninit<u8>; 4096],
}

/// Bottom-up merge sort over runs of 20 sorted by insertion, using scratch for merging (stable).
fn merge_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], scratch: *mut T, is_less: &mut F) {
    let len = v.len();
    let mut start = 0;
    while start < len {
        let end = if start + SMALL_SORT_THRESHOLD < len { start + SMALL_SORT_THRESHOLD } else { len };
        insertion_sort_shift_left(&mut v[start..end], 1, is_less);
        start = end;
    }
    let mut width = SMALL_SORT_THRESHOLD;
    while width < len {
        let mut lo = 0;
        while lo + width < len {
            let mid = lo + width;
            let hi = if mid + width < len { mid + width } else { len };
            merge(&mut v[lo..hi], mid - lo, scratch, is_less);
            lo = hi;
        }
        width = width * 2;
    }
}

/// Merges the sorted v[..mid] and v[mid..]: the left run is copied to scratch, then merged back.
fn merge<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], mid: usize, scratch: *mut T, is_less: &mut F) {
    let len = v.len();
    unsafe {
        let p = v.as_mut_ptr();
        ptr::copy_nonoverlapping(p, scratch, mid);
        let mut left = scratch;
        let left_end = scratch.add(mid);
        let mut right = p.add(mid);
        let right_end = p.add(len);
        let mut out = p;
        while left < left_end && right < right_end {
            if is_less(&*right, &*left) {
                ptr::copy_nonoverlapping(right, out, 1);
                right = right.add(1);
            } else {
                ptr::copy_nonoverlapping(left, out, 1);
                left = left.add(1);
            }
            out = out.add(1);
        }
        while left < left_end {
            ptr::copy_nonoverlapping(left, out, 1);
            left = left.add(1);
            out = out.add(1);
        }
    }
}

pub(crate) fn unstable_sort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], mut is_less: F) {
    let len = v.len();
    if len < 2 {
        return;
    }
    if len <= SMALL_SORT_THRESHOLD {
        insertion_sort_shift_left(v, 1, &mut is_less);
        return;
    }
    heapsort(v, &mut is_less);
}

fn heapsort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let len = v.len();
    let mut i = len / 2;
    while i > 0 {
        i = i - 1;
        sift_down(v, i, len, is_less);
    }
    let mut end = len;
    while end > 1 {
        end = end - 1;
        v.swap(0, end);
        sift_down(v, 0, end, is_less);
    }
}

fn sift_down<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], mut node: usize, end: usize, is_less: &mut F) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && is_less(&v[child], &v[child + 1]) {
            child = child + 1;
        }
        if !is_less(&v[node], &v[child]) {
            break;
        }
        v.swap(node, child);
        node = child;
    }
}

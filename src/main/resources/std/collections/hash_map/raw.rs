// hashbrown 0.16.1's RawTable (src/raw/mod.rs and src/control/), the table under std's HashMap and
// HashSet: one allocation per table holding the buckets (stored downwards from the control bytes) and
// buckets + Group::WIDTH control bytes (EMPTY 0xFF, DELETED 0x80, or the top 7 bits of the hash);
// groups of 16 control bytes scanned as SSE2 does (emulated here with two u64 words), triangular
// probing, 7/8 load factor, in-place rehash when enough tombstones, the static empty singleton
// (no allocation for an empty table). The allocator generic is dropped (Global only; the zero-sized
// `alloc` field stays).
use crate::alloc::{self, Global, Layout};
use crate::iter::FusedIterator;
use crate::marker::PhantomData;
use crate::mem;
use crate::ptr::{self, NonNull};

// ---- control bytes (control/tag.rs)

/// Control byte of an empty bucket.
pub(crate) const EMPTY: u8 = 0b1111_1111;
/// Control byte of a deleted bucket (a tombstone).
pub(crate) const DELETED: u8 = 0b1000_0000;

/// A full bucket's control byte has the top bit clear.
fn tag_is_full(tag: u8) -> bool {
    tag & 0x80 == 0
}

/// For a special (EMPTY or DELETED) control byte: whether it is EMPTY.
fn tag_special_is_empty(tag: u8) -> bool {
    tag & 0x01 != 0
}

/// The control byte of a full bucket: the top 7 bits of the hash (h2).
fn tag_full(hash: u64) -> u8 {
    ((hash >> (64 - 7)) & 0x7f) as u8
}

/// Primary hash function, used to select the initial bucket to probe from.
fn h1(hash: u64) -> usize {
    hash as usize
}

// ---- BitMask (control/bitmask.rs with SSE2's parameters: one bit per control byte)

/// The result of a match on a Group: bit i set for control byte i.
#[derive(Copy, Clone)]
pub(crate) struct BitMask(pub(crate) u16);

impl BitMask {
    fn invert(self) -> BitMask {
        BitMask(self.0 ^ 0xffff)
    }

    fn remove_lowest_bit(self) -> BitMask {
        BitMask(self.0 & self.0.wrapping_sub(1))
    }

    fn any_bit_set(self) -> bool {
        self.0 != 0
    }

    fn lowest_set_bit(self) -> Option<usize> {
        if self.0 != 0 { Some(self.0.trailing_zeros() as usize) } else { None }
    }

    fn trailing_zeros(self) -> usize {
        self.0.trailing_zeros() as usize
    }

    fn leading_zeros(self) -> usize {
        self.0.leading_zeros() as usize
    }

    fn into_iter(self) -> BitMaskIter {
        BitMaskIter(self)
    }
}

/// Iterates over the indices of the set bits of a BitMask, lowest first.
#[derive(Copy, Clone)]
pub(crate) struct BitMaskIter(pub(crate) BitMask);

impl Iterator for BitMaskIter {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let bit = self.0.lowest_set_bit()?;
        self.0 = self.0.remove_lowest_bit();
        Some(bit)
    }
}

// ---- Group (control/group/sse2.rs): 16 control bytes; byte i is byte i%8 of lo (i < 8) or hi

const LSB: u64 = 0x0101_0101_0101_0101;
const MSB: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// The top bit of each of the 8 bytes, gathered into 8 bits (_mm_movemask_epi8 on one half).
fn movemask8(x: u64) -> u16 {
    (((x & MSB) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u16
}

/// 0x80 in each byte of x that is zero, 0x00 in the others (exactly, no false positives).
fn zero_bytes(x: u64) -> u64 {
    let t = (x & LOW7) + LOW7;
    !(t | x | LOW7)
}

/// A group of 16 control bytes scanned in parallel (the SSE2 implementation's semantics).
#[derive(Copy, Clone)]
pub(crate) struct Group {
    lo: u64,
    hi: u64,
}

#[repr(C, align(16))]
struct AlignedTags {
    tags: [u8; 16],
}

/// The control bytes of every empty table: one group of EMPTY, aligned to the group size.
static EMPTY_GROUP: AlignedTags = AlignedTags { tags: [EMPTY; 16] };

impl Group {
    /// Number of bytes in the group.
    pub(crate) const WIDTH: usize = 16;

    /// A full group of EMPTY control bytes, the control bytes of an empty table.
    const fn static_empty() -> *mut u8 {
        &EMPTY_GROUP.tags as *const [u8; 16] as *const u8 as *mut u8
    }

    /// Loads a group of control bytes starting at the given address (unaligned).
    unsafe fn load(ptr: *const u8) -> Group {
        unsafe {
            Group { lo: ptr::read_unaligned(ptr as *const u64), hi: ptr::read_unaligned(ptr.add(8) as *const u64) }
        }
    }

    /// Loads a group of control bytes starting at an address aligned to the group size.
    unsafe fn load_aligned(ptr: *const u8) -> Group {
        unsafe { Group::load(ptr) }
    }

    /// Stores the group at an address aligned to the group size.
    unsafe fn store_aligned(self, ptr: *mut u8) {
        unsafe {
            ptr::write_unaligned(ptr as *mut u64, self.lo);
            ptr::write_unaligned(ptr.add(8) as *mut u64, self.hi);
        }
    }

    /// The control bytes equal to `tag`.
    fn match_tag(self, tag: u8) -> BitMask {
        let rep = LSB.wrapping_mul(tag as u64);
        BitMask(movemask8(zero_bytes(self.lo ^ rep)) | (movemask8(zero_bytes(self.hi ^ rep)) << 8))
    }

    /// The EMPTY control bytes.
    fn match_empty(self) -> BitMask {
        self.match_tag(EMPTY)
    }

    /// The EMPTY or DELETED control bytes (top bit set).
    fn match_empty_or_deleted(self) -> BitMask {
        BitMask(movemask8(self.lo) | (movemask8(self.hi) << 8))
    }

    /// The full control bytes.
    fn match_full(self) -> BitMask {
        self.match_empty_or_deleted().invert()
    }

    /// EMPTY => EMPTY, DELETED => EMPTY, FULL => DELETED.
    fn convert_special_to_empty_and_full_to_deleted(self) -> Group {
        fn convert(x: u64) -> u64 {
            let special = (x & MSB) >> 7;
            MSB | special.wrapping_mul(0x7f)
        }
        Group { lo: convert(self.lo), hi: convert(self.hi) }
    }
}

// ---- errors

/// hashbrown's TryReserveError (std maps it to its own).
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum TryReserveError {
    CapacityOverflow,
    AllocError { layout: Layout },
}

/// Whether memory allocation errors should return an error or abort.
#[derive(Copy, Clone)]
pub(crate) enum Fallibility {
    Fallible,
    Infallible,
}

impl Fallibility {
    /// Error to return on capacity overflow.
    fn capacity_overflow(self) -> TryReserveError {
        match self {
            Fallibility::Fallible => TryReserveError::CapacityOverflow,
            Fallibility::Infallible => panic!("Hash table capacity overflow"),
        }
    }

    /// Error to return on allocation error.
    fn alloc_err(self, layout: Layout) -> TryReserveError {
        match self {
            Fallibility::Fallible => TryReserveError::AllocError { layout },
            Fallibility::Infallible => alloc::handle_alloc_error(layout),
        }
    }
}

// ---- sizing

/// Probe sequence based on triangular numbers: jumps by 1, 2, 3, ... groups, which visits every group
/// of a power-of-two table exactly once.
#[derive(Clone)]
struct ProbeSeq {
    pos: usize,
    stride: usize,
}

impl ProbeSeq {
    fn move_next(&mut self, bucket_mask: usize) {
        self.stride += Group::WIDTH;
        self.pos += self.stride;
        self.pos &= bucket_mask;
    }
}

/// Returns the number of buckets needed to hold the given number of items, taking the maximum load
/// factor into account (None on overflow). Small tables get at least enough buckets to fill
/// the control alignment: 14 items for 1-byte entries, 7 for 2- and 3-byte ones.
fn capacity_to_buckets(cap: usize, table_layout: TableLayout) -> Option<usize> {
    if cap < 15 {
        let min_cap = if table_layout.size <= 1 {
            14
        } else if table_layout.size <= 3 {
            7
        } else {
            3
        };
        let cap = if min_cap > cap { min_cap } else { cap };
        // A table of 2 buckets can only hold a single element: start at 4 buckets (3 elements).
        let buckets = if cap < 4 {
            4
        } else if cap < 8 {
            8
        } else {
            16
        };
        return Some(buckets);
    }

    // Otherwise require 1/8 buckets to be empty (87.5% load).
    let adjusted_cap = cap.checked_mul(8)? / 7;
    Some(adjusted_cap.next_power_of_two())
}

/// Returns the maximum effective capacity for the given bucket mask, taking the maximum load factor
/// into account.
fn bucket_mask_to_capacity(bucket_mask: usize) -> usize {
    if bucket_mask < 8 {
        // For tables with 1/2/4/8 buckets, we always reserve one empty slot.
        bucket_mask
    } else {
        // For larger tables we reserve 12.5% of the slots as empty.
        ((bucket_mask + 1) / 8) * 7
    }
}

/// The size of a bucket and the alignment of the control bytes (max(align_of::<T>(), Group::WIDTH)).
#[derive(Copy, Clone)]
struct TableLayout {
    size: usize,
    ctrl_align: usize,
}

impl TableLayout {
    fn new<T>() -> TableLayout {
        let align = mem::align_of::<T>();
        TableLayout { size: mem::size_of::<T>(), ctrl_align: if align > Group::WIDTH { align } else { Group::WIDTH } }
    }

    /// The layout of the allocation for `buckets` buckets and the offset of the control bytes in it.
    fn calculate_layout_for(self, buckets: usize) -> Option<(Layout, usize)> {
        let TableLayout { size, ctrl_align } = self;
        let ctrl_offset = size.checked_mul(buckets)?.checked_add(ctrl_align - 1)? & !(ctrl_align - 1);
        let len = ctrl_offset.checked_add(buckets + Group::WIDTH)?;
        if len > isize::MAX as usize - (ctrl_align - 1) {
            return None;
        }
        Some((unsafe { Layout::from_size_align_unchecked(len, ctrl_align) }, ctrl_offset))
    }
}

// ---- Bucket

/// A reference to a hash table bucket containing a `T`: a pointer to the end of the element (or, for
/// zero-sized T, index + 1).
pub(crate) struct Bucket<T> {
    ptr: NonNull<T>,
}

unsafe impl<T> Send for Bucket<T> {}

impl<T> Clone for Bucket<T> {
    fn clone(&self) -> Self {
        Bucket { ptr: self.ptr }
    }
}

impl<T> Bucket<T> {
    /// The bucket `index` below `base` (the end of bucket 0, i.e. the control bytes).
    unsafe fn from_base_index(base: NonNull<T>, index: usize) -> Bucket<T> {
        let ptr = if mem::size_of::<T>() == 0 {
            (index + 1) as *mut T
        } else {
            unsafe { base.as_ptr().sub(index) }
        };
        Bucket { ptr: unsafe { NonNull::new_unchecked(ptr) } }
    }

    /// The index of this bucket below `base`.
    unsafe fn to_base_index(&self, base: NonNull<T>) -> usize {
        if mem::size_of::<T>() == 0 {
            self.ptr.as_ptr() as usize - 1
        } else {
            unsafe { base.as_ptr().offset_from(self.ptr.as_ptr()) as usize }
        }
    }

    /// The element's address.
    pub(crate) fn as_ptr(&self) -> *mut T {
        if mem::size_of::<T>() == 0 {
            mem::align_of::<T>() as *mut T
        } else {
            unsafe { self.ptr.as_ptr().sub(1) }
        }
    }

    fn as_non_null(&self) -> NonNull<T> {
        unsafe { NonNull::new_unchecked(self.as_ptr()) }
    }

    /// The bucket `offset` buckets further (lower in memory).
    unsafe fn next_n(&self, offset: usize) -> Bucket<T> {
        let ptr = if mem::size_of::<T>() == 0 {
            (self.ptr.as_ptr() as usize + offset) as *mut T
        } else {
            unsafe { self.ptr.as_ptr().sub(offset) }
        };
        Bucket { ptr: unsafe { NonNull::new_unchecked(ptr) } }
    }

    pub(crate) unsafe fn drop(&self) {
        unsafe { ptr::drop_in_place(self.as_ptr()) }
    }

    pub(crate) unsafe fn read(&self) -> T {
        unsafe { ptr::read(self.as_ptr()) }
    }

    pub(crate) unsafe fn write(&self, val: T) {
        unsafe { ptr::write(self.as_ptr(), val) }
    }

    pub(crate) unsafe fn as_ref<'a>(&self) -> &'a T {
        unsafe { &*self.as_ptr() }
    }

    pub(crate) unsafe fn as_mut<'a>(&self) -> &'a mut T {
        unsafe { &mut *self.as_ptr() }
    }
}

// ---- RawTable

/// A raw hash table with an unsafe API.
pub(crate) struct RawTable<T> {
    table: RawTableInner,
    alloc: Global,
    // Tell dropck that we own instances of T.
    marker: PhantomData<T>,
}

/// The part of RawTable that does not depend on T.
pub(crate) struct RawTableInner {
    // Mask to get an index from a hash value: the number of buckets minus one.
    bucket_mask: usize,
    // [Padding], T_n, ..., T1, T0, C0, C1, ...
    //                              ^ points here
    ctrl: NonNull<u8>,
    // Number of elements that can be inserted before we need to grow the table.
    growth_left: usize,
    // Number of elements in the table.
    items: usize,
}

unsafe impl<T: Send> Send for RawTable<T> {}
unsafe impl<T: Sync> Sync for RawTable<T> {}

impl<T> RawTable<T> {
    /// Creates a new empty hash table without allocating any memory (the static empty group).
    pub(crate) const fn new() -> RawTable<T> {
        RawTable { table: RawTableInner::new(), alloc: Global, marker: PhantomData }
    }

    fn table_layout() -> TableLayout {
        TableLayout::new::<T>()
    }

    /// Allocates a new hash table with the given number of buckets; its control bytes are left
    /// uninitialized.
    unsafe fn new_uninitialized(buckets: usize, fallibility: Fallibility) -> Result<RawTable<T>, TryReserveError> {
        Ok(RawTable {
            table: unsafe { RawTableInner::new_uninitialized(Self::table_layout(), buckets, fallibility)? },
            alloc: Global,
            marker: PhantomData,
        })
    }

    /// Allocates a new hash table with at least enough capacity for `capacity` elements.
    pub(crate) fn with_capacity(capacity: usize) -> RawTable<T> {
        RawTable { table: RawTableInner::with_capacity(Self::table_layout(), capacity), alloc: Global, marker: PhantomData }
    }

    /// The end of the data part of the table (the start of the control bytes).
    fn data_end(&self) -> NonNull<T> {
        self.table.ctrl.cast()
    }

    /// The size in bytes of the table's allocation (0 for the empty singleton).
    pub(crate) fn allocation_size(&self) -> usize {
        unsafe { self.table.allocation_size_or_zero(Self::table_layout()) }
    }

    pub(crate) unsafe fn bucket_index(&self, bucket: &Bucket<T>) -> usize {
        unsafe { bucket.to_base_index(self.data_end()) }
    }

    pub(crate) unsafe fn bucket(&self, index: usize) -> Bucket<T> {
        unsafe { Bucket::from_base_index(self.data_end(), index) }
    }

    unsafe fn erase_no_drop(&mut self, item: &Bucket<T>) {
        unsafe {
            let index = self.bucket_index(item);
            self.table.erase(index);
        }
    }

    /// Erases an element from the table, dropping it in place.
    pub(crate) unsafe fn erase(&mut self, item: Bucket<T>) {
        unsafe {
            // Erase the element from the table first since drop might panic.
            self.erase_no_drop(&item);
            item.drop();
        }
    }

    /// Removes an element from the table, returning it and its bucket's index.
    pub(crate) unsafe fn remove(&mut self, item: Bucket<T>) -> (T, usize) {
        unsafe {
            self.erase_no_drop(&item);
            (item.read(), self.bucket_index(&item))
        }
    }

    /// Finds and removes an element from the table, returning it.
    pub(crate) fn remove_entry<F: FnMut(&T) -> bool>(&mut self, hash: u64, eq: F) -> Option<T> {
        match self.find(hash, eq) {
            Some(bucket) => Some(unsafe { self.remove(bucket).0 }),
            None => None,
        }
    }

    /// Marks all table buckets as empty without dropping their contents.
    pub(crate) fn clear_no_drop(&mut self) {
        self.table.clear_no_drop();
    }

    /// Removes all elements from the table without freeing the backing memory.
    pub(crate) fn clear(&mut self) {
        if self.is_empty() {
            // Special case empty table to avoid surprising O(capacity) time.
            return;
        }
        // Ensure that the table is reset even if one of the drops panic.
        let guard = ClearGuard { table: &mut self.table };
        unsafe { guard.table.drop_elements::<T>() };
    }

    /// Shrinks the table to fit `max(self.len(), min_size)` elements.
    pub(crate) fn shrink_to<H: Fn(&T) -> u64>(&mut self, min_size: usize, hasher: H) {
        // Calculate the minimal number of elements that we need to reserve space for.
        let min_size = if self.table.items > min_size { self.table.items } else { min_size };
        if min_size == 0 {
            let mut old_inner = mem::replace(&mut self.table, RawTableInner::new());
            unsafe { old_inner.drop_inner_table::<T>(Self::table_layout()) };
            return;
        }

        // Calculate the number of buckets that we need for this number of elements. If the
        // calculation overflows then the requested bucket count must be larger than what we have
        // right and nothing needs to be done.
        let min_buckets = match capacity_to_buckets(min_size, Self::table_layout()) {
            Some(buckets) => buckets,
            None => return,
        };

        // If we have more buckets than we need, shrink the table.
        if min_buckets < self.buckets() {
            // Fast path if the table is empty.
            if self.table.items == 0 {
                let new_inner = RawTableInner::with_capacity(Self::table_layout(), min_size);
                let mut old_inner = mem::replace(&mut self.table, new_inner);
                unsafe { old_inner.drop_inner_table::<T>(Self::table_layout()) };
            } else {
                let _ = unsafe { self.resize(min_size, hasher, Fallibility::Infallible) };
            }
        }
    }

    /// Ensures that at least `additional` items can be inserted into the table without reallocation.
    pub(crate) fn reserve<H: Fn(&T) -> u64>(&mut self, additional: usize, hasher: H) {
        if additional > self.table.growth_left {
            let _ = unsafe { self.reserve_rehash(additional, hasher, Fallibility::Infallible) };
        }
    }

    /// Tries to ensure that at least `additional` items can be inserted into the table without
    /// reallocation.
    pub(crate) fn try_reserve<H: Fn(&T) -> u64>(&mut self, additional: usize, hasher: H) -> Result<(), TryReserveError> {
        if additional > self.table.growth_left {
            unsafe { self.reserve_rehash(additional, hasher, Fallibility::Fallible) }
        } else {
            Ok(())
        }
    }

    /// Out-of-line slow path for `reserve` and `try_reserve`: rehashes in place when at most half of
    /// the full capacity is needed, else grows to max(new_items, full_capacity + 1).
    unsafe fn reserve_rehash<H: Fn(&T) -> u64>(&mut self, additional: usize, hasher: H, fallibility: Fallibility)
        -> Result<(), TryReserveError> {
        let new_items = match self.table.items.checked_add(additional) {
            Some(new_items) => new_items,
            None => return Err(fallibility.capacity_overflow()),
        };
        let full_capacity = bucket_mask_to_capacity(self.table.bucket_mask);
        if new_items <= full_capacity / 2 {
            // Rehash in-place without re-allocating if we have plenty of spare capacity that is
            // locked up due to DELETED entries.
            unsafe { self.rehash_in_place(&hasher) };
            Ok(())
        } else {
            // Otherwise, conservatively resize to at least the next size up to avoid churning
            // deletes into frequent rehashes.
            let cap = if new_items > full_capacity + 1 { new_items } else { full_capacity + 1 };
            unsafe { self.resize(cap, hasher, fallibility) }
        }
    }

    /// Allocates a new table of a different size and moves the contents of the current table into it.
    unsafe fn resize<H: Fn(&T) -> u64>(&mut self, capacity: usize, hasher: H, fallibility: Fallibility)
        -> Result<(), TryReserveError> {
        let layout = Self::table_layout();
        let mut new_table = RawTableInner::fallible_with_capacity(layout, capacity, fallibility)?;
        unsafe {
            let mut indices = self.table.full_buckets_indices();
            while let Some(full_byte_index) = indices.next() {
                // This may panic.
                let hash = hasher(self.bucket(full_byte_index).as_ref());
                // We can use a simpler version of insert() here since there are no DELETED entries.
                let (new_index, _) = new_table.prepare_insert_index(hash);
                ptr::copy_nonoverlapping(
                    self.table.bucket_ptr(full_byte_index, layout.size),
                    new_table.bucket_ptr(new_index, layout.size),
                    layout.size,
                );
            }
            new_table.growth_left -= self.table.items;
            new_table.items = self.table.items;
            mem::swap(&mut self.table, &mut new_table);
            // The old table's elements were moved out: free its memory only.
            if !new_table.is_empty_singleton() {
                new_table.free_buckets(layout);
            }
        }
        Ok(())
    }

    /// Rehashes the contents of the table in place (turning DELETED into EMPTY), without reallocating.
    unsafe fn rehash_in_place(&mut self, hasher: &dyn Fn(&T) -> u64) {
        let size_of = mem::size_of::<T>();
        unsafe {
            self.table.prepare_rehash_in_place();
            let guard = RehashGuard::<T> { table: &mut self.table, marker: PhantomData };
            let mut i = 0;
            let buckets = guard.table.buckets();
            'outer: while i < buckets {
                let cur = i;
                i += 1;
                if *guard.table.ctrl(cur) != DELETED {
                    continue;
                }
                let i_p = guard.table.bucket_ptr(cur, size_of);
                'inner: loop {
                    // Hash the current item.
                    let hash = hasher(guard.table.bucket::<T>(cur).as_ref());
                    // Search for a suitable place to put it.
                    let new_i = guard.table.find_insert_index(hash);
                    // Probing works by scanning through all of the control bytes in groups, which
                    // may not be aligned to the group size. If both the new and old position fall
                    // within the same unaligned group, then there is no benefit in moving it and we
                    // can just continue to the next item.
                    if guard.table.is_in_same_group(cur, new_i, hash) {
                        guard.table.set_ctrl_hash(cur, hash);
                        continue 'outer;
                    }
                    let new_i_p = guard.table.bucket_ptr(new_i, size_of);
                    // We are moving the current item to a new position. Write our H2 to the control
                    // byte of the new position.
                    let prev_ctrl = guard.table.replace_ctrl_hash(new_i, hash);
                    if prev_ctrl == EMPTY {
                        guard.table.set_ctrl(cur, EMPTY);
                        // If the target slot is empty, simply move the current element into the new
                        // slot and clear the old control byte.
                        ptr::copy_nonoverlapping(i_p, new_i_p, size_of);
                        continue 'outer;
                    } else {
                        // If the target slot is occupied, swap the two elements and then continue
                        // processing the element that we just swapped into the old slot.
                        swap_nonoverlapping_bytes(i_p, new_i_p, size_of);
                        continue 'inner;
                    }
                }
            }
            guard.table.growth_left = bucket_mask_to_capacity(guard.table.bucket_mask) - guard.table.items;
            mem::forget(guard);
        }
    }

    /// Inserts a new element into the table, growing it first if needed.
    pub(crate) fn insert<H: Fn(&T) -> u64>(&mut self, hash: u64, value: T, hasher: H) -> Bucket<T> {
        unsafe {
            let mut index = self.table.find_insert_index(hash);
            // We can avoid growing the table once we have reached our load factor if we are
            // replacing a tombstone. This works since the number of EMPTY slots does not change
            // in this case.
            let old_ctrl = *self.table.ctrl(index);
            if self.table.growth_left == 0 && tag_special_is_empty(old_ctrl) {
                self.reserve(1, hasher);
                index = self.table.find_insert_index(hash);
            }
            self.insert_at_index(hash, index, value)
        }
    }

    /// Inserts a new element into the table without growing it (there must be room).
    pub(crate) unsafe fn insert_no_grow(&mut self, hash: u64, value: T) -> Bucket<T> {
        unsafe {
            let (index, old_ctrl) = self.table.prepare_insert_index(hash);
            let bucket = self.table.bucket::<T>(index);
            // If we are replacing a DELETED entry then we don't need to update the load counter.
            self.table.growth_left -= tag_special_is_empty(old_ctrl) as usize;
            bucket.write(value);
            self.table.items += 1;
            bucket
        }
    }

    /// Searches for an element; if not found, returns the index of a slot to insert it in. Reserves
    /// room for one more element first.
    pub(crate) fn find_or_find_insert_index<F: FnMut(&T) -> bool, H: Fn(&T) -> u64>(&mut self, hash: u64, mut eq: F,
                                                                                     hasher: H) -> Result<Bucket<T>, usize> {
        self.reserve(1, hasher);
        unsafe {
            let data_end = self.data_end();
            match self.table.find_or_find_insert_index_inner(hash, |index| eq(Bucket::from_base_index(data_end, index).as_ref())) {
                Ok(index) => Ok(self.bucket(index)),
                Err(index) => Err(index),
            }
        }
    }

    /// Inserts a new element at the given index (from `find_or_find_insert_index`).
    pub(crate) unsafe fn insert_at_index(&mut self, hash: u64, index: usize, value: T) -> Bucket<T> {
        unsafe {
            let old_ctrl = *self.table.ctrl(index);
            self.table.record_item_insert_at(index, old_ctrl, tag_full(hash));
            let bucket = self.bucket(index);
            bucket.write(value);
            bucket
        }
    }

    /// Searches for an element in the table.
    pub(crate) fn find<F: FnMut(&T) -> bool>(&self, hash: u64, mut eq: F) -> Option<Bucket<T>> {
        unsafe {
            let data_end = self.data_end();
            let result = self.table.find_inner(hash, |index| eq(Bucket::from_base_index(data_end, index).as_ref()));
            match result {
                Some(index) => Some(self.bucket(index)),
                None => None,
            }
        }
    }

    /// Gets a reference to an element in the table.
    pub(crate) fn get<F: FnMut(&T) -> bool>(&self, hash: u64, eq: F) -> Option<&T> {
        match self.find(hash, eq) {
            Some(bucket) => Some(unsafe { bucket.as_ref() }),
            None => None,
        }
    }

    /// Gets a mutable reference to an element in the table.
    pub(crate) fn get_mut<F: FnMut(&T) -> bool>(&mut self, hash: u64, eq: F) -> Option<&mut T> {
        match self.find(hash, eq) {
            Some(bucket) => Some(unsafe { bucket.as_mut() }),
            None => None,
        }
    }

    /// Looks up N elements at once; panics if two of them are the same element.
    pub(crate) fn get_disjoint_mut<const N: usize, F: FnMut(usize, &T) -> bool>(&mut self, hashes: [u64; N], eq: F)
        -> [Option<&mut T>; N] {
        unsafe {
            let ptrs = self.get_disjoint_mut_pointers(hashes, eq);
            let mut i = 0;
            while i < N {
                if ptrs[i].is_some() {
                    let mut j = 0;
                    while j < i {
                        if ptrs[j] == ptrs[i] {
                            panic!("duplicate keys found");
                        }
                        j += 1;
                    }
                }
                i += 1;
            }
            // All bucket are distinct from all previous buckets so we're clear to return the result
            // of the lookup.
            ptrs.map(|ptr| match ptr {
                Some(mut p) => Some(p.as_mut()),
                None => None,
            })
        }
    }

    /// get_disjoint_mut without the check for overlapping elements.
    pub(crate) unsafe fn get_disjoint_unchecked_mut<const N: usize, F: FnMut(usize, &T) -> bool>(&mut self, hashes: [u64; N], eq: F)
        -> [Option<&mut T>; N] {
        unsafe {
            let ptrs = self.get_disjoint_mut_pointers(hashes, eq);
            ptrs.map(|ptr| match ptr {
                Some(mut p) => Some(p.as_mut()),
                None => None,
            })
        }
    }

    unsafe fn get_disjoint_mut_pointers<const N: usize, F: FnMut(usize, &T) -> bool>(&mut self, hashes: [u64; N], mut eq: F)
        -> [Option<NonNull<T>>; N] {
        let mut ptrs: [Option<NonNull<T>>; N] = [None; N];
        let mut i = 0;
        while i < N {
            ptrs[i] = match self.find(hashes[i], |k| eq(i, k)) {
                Some(cur) => Some(cur.as_non_null()),
                None => None,
            };
            i += 1;
        }
        ptrs
    }

    /// The number of elements the table can hold without reallocating.
    pub(crate) fn capacity(&self) -> usize {
        self.table.items + self.table.growth_left
    }

    /// The number of elements in the table.
    pub(crate) fn len(&self) -> usize {
        self.table.items
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of buckets in the table.
    pub(crate) fn buckets(&self) -> usize {
        self.table.bucket_mask + 1
    }

    /// An iterator over every element in the table (it must not outlive the table).
    pub(crate) unsafe fn iter(&self) -> RawIter<T> {
        unsafe { self.table.iter() }
    }

    /// An iterator which removes all elements from the table without freeing the memory.
    pub(crate) fn drain(&mut self) -> RawDrain<'_, T> {
        unsafe {
            let iter = self.iter();
            self.drain_iter_from(iter)
        }
    }

    unsafe fn drain_iter_from(&mut self, iter: RawIter<T>) -> RawDrain<'_, T> {
        RawDrain {
            iter,
            table: mem::replace(&mut self.table, RawTableInner::new()),
            orig_table: unsafe { NonNull::new_unchecked(&mut self.table as *mut RawTableInner) },
            marker: PhantomData,
        }
    }

    unsafe fn into_iter_from(self, iter: RawIter<T>) -> RawIntoIter<T> {
        let allocation = self.into_allocation();
        RawIntoIter { iter, allocation, marker: PhantomData }
    }

    /// Converts the table into a raw allocation (None for the empty singleton), forgetting the table.
    fn into_allocation(self) -> Option<(NonNull<u8>, Layout, Global)> {
        let alloc = if self.table.is_empty_singleton() {
            None
        } else {
            let (layout, ctrl_offset) = match Self::table_layout().calculate_layout_for(self.table.buckets()) {
                Some(lco) => lco,
                None => unsafe { crate::intrinsics::unreachable() },
            };
            Some((unsafe { NonNull::new_unchecked(self.table.ctrl.as_ptr().sub(ctrl_offset)) }, layout, Global))
        };
        mem::forget(self);
        alloc
    }

    /// Consumes the table, returning an iterator over its elements.
    pub(crate) fn into_iter(self) -> RawIntoIter<T> {
        unsafe {
            let iter = self.iter();
            self.into_iter_from(iter)
        }
    }
}

/// Resets a table whose elements are being dropped (RawTable::clear), even if a drop panics.
struct ClearGuard<'a> {
    table: &'a mut RawTableInner,
}

impl Drop for ClearGuard<'_> {
    fn drop(&mut self) {
        self.table.clear_no_drop();
    }
}

/// If the hasher panics during an in-place rehash, drops the elements left DELETED and fixes the
/// counters.
struct RehashGuard<'a, T> {
    table: &'a mut RawTableInner,
    marker: PhantomData<T>,
}

impl<T> Drop for RehashGuard<'_, T> {
    fn drop(&mut self) {
        unsafe {
            if mem::needs_drop::<T>() {
                let mut i = 0;
                while i < self.table.buckets() {
                    if *self.table.ctrl(i) == DELETED {
                        self.table.set_ctrl(i, EMPTY);
                        ptr::drop_in_place(self.table.bucket_ptr(i, mem::size_of::<T>()) as *mut T);
                        self.table.items -= 1;
                    }
                    i += 1;
                }
            }
            self.table.growth_left = bucket_mask_to_capacity(self.table.bucket_mask) - self.table.items;
        }
    }
}

/// Swaps `count` bytes at `x` and `y` (ptr::swap_nonoverlapping on the buckets' bytes).
unsafe fn swap_nonoverlapping_bytes(x: *mut u8, y: *mut u8, count: usize) {
    unsafe {
        let mut i = 0;
        while i < count {
            let a = *x.add(i);
            *x.add(i) = *y.add(i);
            *y.add(i) = a;
            i += 1;
        }
    }
}

impl RawTableInner {
    /// The empty singleton: one bucket whose control bytes are the static empty group.
    const fn new() -> RawTableInner {
        RawTableInner {
            ctrl: unsafe { NonNull::new_unchecked(Group::static_empty()) },
            bucket_mask: 0,
            items: 0,
            growth_left: 0,
        }
    }

    /// Allocates a new table with the given number of buckets; the control bytes are left
    /// uninitialized.
    unsafe fn new_uninitialized(table_layout: TableLayout, buckets: usize, fallibility: Fallibility)
        -> Result<RawTableInner, TryReserveError> {
        let (layout, ctrl_offset) = match table_layout.calculate_layout_for(buckets) {
            Some(lco) => lco,
            None => return Err(fallibility.capacity_overflow()),
        };
        let ptr = unsafe { alloc::alloc(layout) };
        if ptr.is_null() {
            return Err(fallibility.alloc_err(layout));
        }
        let ctrl = unsafe { NonNull::new_unchecked(ptr.add(ctrl_offset)) };
        Ok(RawTableInner { ctrl, bucket_mask: buckets - 1, items: 0, growth_left: bucket_mask_to_capacity(buckets - 1) })
    }

    /// A table for at least `capacity` elements with all control bytes EMPTY (the empty singleton
    /// for 0).
    fn fallible_with_capacity(table_layout: TableLayout, capacity: usize, fallibility: Fallibility)
        -> Result<RawTableInner, TryReserveError> {
        if capacity == 0 {
            Ok(RawTableInner::new())
        } else {
            unsafe {
                let buckets = match capacity_to_buckets(capacity, table_layout) {
                    Some(b) => b,
                    None => return Err(fallibility.capacity_overflow()),
                };
                let result = RawTableInner::new_uninitialized(table_layout, buckets, fallibility)?;
                // SAFETY: We checked that the table is allocated and therefore the table already has
                // `self.bucket_mask + 1 + Group::WIDTH` number of control bytes (see TableLayout::calculate_layout_for)
                // so writing `self.num_ctrl_bytes() == bucket_mask + 1 + Group::WIDTH` bytes is safe.
                ptr::write_bytes(result.ctrl.as_ptr(), EMPTY, result.num_ctrl_bytes());
                Ok(result)
            }
        }
    }

    fn with_capacity(table_layout: TableLayout, capacity: usize) -> RawTableInner {
        match RawTableInner::fallible_with_capacity(table_layout, capacity, Fallibility::Infallible) {
            Ok(table_inner) => table_inner,
            Err(_) => unsafe { crate::intrinsics::unreachable() },
        }
    }

    /// In tables smaller than the group width, a probe can land on a full bucket past the end: take
    /// the first EMPTY or DELETED slot of the first group instead.
    unsafe fn fix_insert_index(&self, mut index: usize) -> usize {
        unsafe {
            if tag_is_full(*self.ctrl(index)) {
                index = match Group::load_aligned(self.ctrl(0)).match_empty_or_deleted().lowest_set_bit() {
                    Some(i) => i,
                    None => crate::intrinsics::unreachable(),
                };
            }
        }
        index
    }

    /// The first EMPTY or DELETED slot of the group, if any.
    fn find_insert_index_in_group(&self, group: &Group, probe_seq: &ProbeSeq) -> Option<usize> {
        match group.match_empty_or_deleted().lowest_set_bit() {
            Some(bit) => Some((probe_seq.pos + bit) & self.bucket_mask),
            None => None,
        }
    }

    /// Searches for an element (Ok with its index) or else the index of a slot to insert it in (Err).
    unsafe fn find_or_find_insert_index_inner<F: FnMut(usize) -> bool>(&self, hash: u64, mut eq: F) -> Result<usize, usize> {
        let mut insert_index: Option<usize> = None;
        let tag_hash = tag_full(hash);
        let mut probe_seq = self.probe_seq(hash);
        loop {
            let group = unsafe { Group::load(self.ctrl(probe_seq.pos)) };
            let mut bits = group.match_tag(tag_hash).into_iter();
            while let Some(bit) = bits.next() {
                let index = (probe_seq.pos + bit) & self.bucket_mask;
                if eq(index) {
                    return Ok(index);
                }
            }
            // We didn't find the element we were looking for in the group, try to get an insertion
            // slot from the group if we don't have one yet.
            if insert_index.is_none() {
                insert_index = self.find_insert_index_in_group(&group, &probe_seq);
            }
            if let Some(insert_index) = insert_index {
                // Only stop the search if the group contains at least one empty element. Otherwise,
                // the element that we are looking for might be in a following group.
                if group.match_empty().any_bit_set() {
                    return Err(unsafe { self.fix_insert_index(insert_index) });
                }
            }
            probe_seq.move_next(self.bucket_mask);
        }
    }

    /// Finds a slot for `hash` and writes its control byte; returns the slot and its old control byte.
    unsafe fn prepare_insert_index(&mut self, hash: u64) -> (usize, u8) {
        unsafe {
            let index = self.find_insert_index(hash);
            let old_ctrl = *self.ctrl(index);
            self.set_ctrl_hash(index, hash);
            (index, old_ctrl)
        }
    }

    /// The first EMPTY or DELETED slot on the probe sequence of `hash`.
    unsafe fn find_insert_index(&self, hash: u64) -> usize {
        let mut probe_seq = self.probe_seq(hash);
        loop {
            let group = unsafe { Group::load(self.ctrl(probe_seq.pos)) };
            if let Some(index) = self.find_insert_index_in_group(&group, &probe_seq) {
                return unsafe { self.fix_insert_index(index) };
            }
            probe_seq.move_next(self.bucket_mask);
        }
    }

    /// Searches for an element along the probe sequence of `hash`.
    unsafe fn find_inner<F: FnMut(usize) -> bool>(&self, hash: u64, mut eq: F) -> Option<usize> {
        let tag_hash = tag_full(hash);
        let mut probe_seq = self.probe_seq(hash);
        loop {
            let group = unsafe { Group::load(self.ctrl(probe_seq.pos)) };
            let mut bits = group.match_tag(tag_hash).into_iter();
            while let Some(bit) = bits.next() {
                let index = (probe_seq.pos + bit) & self.bucket_mask;
                if eq(index) {
                    return Some(index);
                }
            }
            if group.match_empty().any_bit_set() {
                return None;
            }
            probe_seq.move_next(self.bucket_mask);
        }
    }

    /// Turns FULL into DELETED and DELETED into EMPTY in all control bytes, then fixes the trailing
    /// copy of the first group.
    unsafe fn prepare_rehash_in_place(&mut self) {
        unsafe {
            let mut i = 0;
            while i < self.buckets() {
                let group = Group::load_aligned(self.ctrl(i));
                let group = group.convert_special_to_empty_and_full_to_deleted();
                group.store_aligned(self.ctrl(i));
                i += Group::WIDTH;
            }
            if self.buckets() < Group::WIDTH {
                ptr::copy(self.ctrl(0), self.ctrl(Group::WIDTH), self.buckets());
            } else {
                ptr::copy(self.ctrl(0), self.ctrl(self.buckets()), Group::WIDTH);
            }
        }
    }

    /// An iterator over the full buckets, group by group.
    unsafe fn iter<T>(&self) -> RawIter<T> {
        unsafe {
            let data = Bucket::from_base_index(self.data_end(), 0);
            RawIter { iter: RawIterRange::new(self.ctrl.as_ptr(), data, self.buckets()), items: self.items }
        }
    }

    /// Drops all elements (in iteration order) without touching the control bytes.
    unsafe fn drop_elements<T>(&mut self) {
        unsafe {
            if mem::needs_drop::<T>() && self.items != 0 {
                let mut it = self.iter::<T>();
                while let Some(item) = it.next() {
                    item.drop();
                }
            }
        }
    }

    /// Drops the elements and frees the allocation (nothing for the empty singleton).
    unsafe fn drop_inner_table<T>(&mut self, table_layout: TableLayout) {
        if !self.is_empty_singleton() {
            unsafe {
                self.drop_elements::<T>();
                self.free_buckets(table_layout);
            }
        }
    }

    unsafe fn bucket<T>(&self, index: usize) -> Bucket<T> {
        unsafe { Bucket::from_base_index(self.data_end(), index) }
    }

    /// The address of bucket `index` for elements of `size_of` bytes.
    unsafe fn bucket_ptr(&self, index: usize, size_of: usize) -> *mut u8 {
        unsafe {
            let base: *mut u8 = self.data_end::<u8>().as_ptr();
            base.sub((index + 1) * size_of)
        }
    }

    fn data_end<T>(&self) -> NonNull<T> {
        self.ctrl.cast()
    }

    fn probe_seq(&self, hash: u64) -> ProbeSeq {
        ProbeSeq { pos: h1(hash) & self.bucket_mask, stride: 0 }
    }

    unsafe fn record_item_insert_at(&mut self, index: usize, old_ctrl: u8, new_ctrl: u8) {
        self.growth_left -= tag_special_is_empty(old_ctrl) as usize;
        unsafe { self.set_ctrl(index, new_ctrl) };
        self.items += 1;
    }

    /// Whether positions `i` and `new_i` fall in the same (unaligned) group of the probe of `hash`.
    fn is_in_same_group(&self, i: usize, new_i: usize, hash: u64) -> bool {
        let probe_seq_pos = self.probe_seq(hash).pos;
        let probe_index_i = (i.wrapping_sub(probe_seq_pos) & self.bucket_mask) / Group::WIDTH;
        let probe_index_new = (new_i.wrapping_sub(probe_seq_pos) & self.bucket_mask) / Group::WIDTH;
        probe_index_i == probe_index_new
    }

    unsafe fn set_ctrl_hash(&mut self, index: usize, hash: u64) {
        unsafe { self.set_ctrl(index, tag_full(hash)) }
    }

    unsafe fn replace_ctrl_hash(&mut self, index: usize, hash: u64) -> u8 {
        unsafe {
            let prev_ctrl = *self.ctrl(index);
            self.set_ctrl_hash(index, hash);
            prev_ctrl
        }
    }

    /// Sets a control byte, and its mirror in the trailing group when it is among the first
    /// Group::WIDTH bytes.
    unsafe fn set_ctrl(&mut self, index: usize, ctrl: u8) {
        // Replicate the first Group::WIDTH control bytes at the end of the array without using a
        // branch. If the tables smaller than the group width, the trailing control bytes outside
        // the range of the table are filled with EMPTY entries.
        let index2 = ((index.wrapping_sub(Group::WIDTH)) & self.bucket_mask) + Group::WIDTH;
        unsafe {
            *self.ctrl(index) = ctrl;
            *self.ctrl(index2) = ctrl;
        }
    }

    unsafe fn ctrl(&self, index: usize) -> *mut u8 {
        unsafe { self.ctrl.as_ptr().add(index) }
    }

    fn buckets(&self) -> usize {
        self.bucket_mask + 1
    }

    unsafe fn is_bucket_full(&self, index: usize) -> bool {
        unsafe { tag_is_full(*self.ctrl(index)) }
    }

    fn num_ctrl_bytes(&self) -> usize {
        self.bucket_mask + 1 + Group::WIDTH
    }

    fn is_empty_singleton(&self) -> bool {
        self.bucket_mask == 0
    }

    /// The indices of the full buckets, group by group.
    unsafe fn full_buckets_indices(&self) -> FullBucketsIndices {
        unsafe {
            let ctrl = NonNull::new_unchecked(self.ctrl(0));
            FullBucketsIndices {
                current_group: Group::load_aligned(ctrl.as_ptr()).match_full().into_iter(),
                group_first_index: 0,
                ctrl,
                items: self.items,
            }
        }
    }

    unsafe fn free_buckets(&mut self, table_layout: TableLayout) {
        unsafe {
            let (ptr, layout) = self.allocation_info(table_layout);
            alloc::dealloc(ptr.as_ptr(), layout);
        }
    }

    /// The start and layout of the table's allocation (not for the empty singleton).
    unsafe fn allocation_info(&self, table_layout: TableLayout) -> (NonNull<u8>, Layout) {
        let (layout, ctrl_offset) = match table_layout.calculate_layout_for(self.buckets()) {
            Some(lco) => lco,
            None => unsafe { crate::intrinsics::unreachable() },
        };
        (unsafe { NonNull::new_unchecked(self.ctrl.as_ptr().sub(ctrl_offset)) }, layout)
    }

    unsafe fn allocation_size_or_zero(&self, table_layout: TableLayout) -> usize {
        if self.is_empty_singleton() { 0 } else { unsafe { self.allocation_info(table_layout).1.size() } }
    }

    fn clear_no_drop(&mut self) {
        if !self.is_empty_singleton() {
            unsafe { ptr::write_bytes(self.ctrl.as_ptr(), EMPTY, self.num_ctrl_bytes()) };
        }
        self.items = 0;
        self.growth_left = bucket_mask_to_capacity(self.bucket_mask);
    }

    /// Erases the element at `index`: EMPTY when no probe sequence can have passed over this slot
    /// (some EMPTY within the Group::WIDTH window around it), else DELETED.
    unsafe fn erase(&mut self, index: usize) {
        unsafe {
            let index_before = index.wrapping_sub(Group::WIDTH) & self.bucket_mask;
            let empty_before = Group::load(self.ctrl(index_before)).match_empty();
            let empty_after = Group::load(self.ctrl(index)).match_empty();

            // Inserting and searching in the map is performed by two key functions: find_insert_index
            // and find_inner. The find_inner function returns the index of the bucket if it is found
            // or None; a search stops at the first group containing an EMPTY slot, so a DELETED tag is
            // needed if this slot lies within a run of Group::WIDTH full-or-deleted slots.
            let ctrl = if empty_before.leading_zeros() + empty_after.trailing_zeros() >= Group::WIDTH {
                DELETED
            } else {
                self.growth_left += 1;
                EMPTY
            };
            self.set_ctrl(index, ctrl);
            self.items -= 1;
        }
    }
}

impl<T: Clone> Clone for RawTable<T> {
    fn clone(&self) -> Self {
        if self.table.is_empty_singleton() {
            RawTable::new()
        } else {
            unsafe {
                // Allocate a table of the same size, copy the control bytes, then clone each element
                // into the same bucket.
                let mut new_table = match RawTable::new_uninitialized(self.table.buckets(), Fallibility::Infallible) {
                    Ok(table) => table,
                    Err(_) => crate::intrinsics::unreachable(),
                };
                new_table.clone_from_impl(self);
                new_table
            }
        }
    }

    fn clone_from(&mut self, source: &Self) {
        if source.table.is_empty_singleton() {
            let mut old_inner = mem::replace(&mut self.table, RawTableInner::new());
            unsafe { old_inner.drop_inner_table::<T>(Self::table_layout()) };
        } else {
            unsafe {
                // Make sure that if any panics occurs, we clear the table and leave it in an empty
                // state.
                let guard = ClearGuard { table: &mut self.table };
                guard.table.drop_elements::<T>();
                mem::forget(guard);

                // If necessary, resize our table to match the source.
                if self.buckets() != source.buckets() {
                    let new_inner = match RawTableInner::new_uninitialized(Self::table_layout(), source.buckets(),
                                                                           Fallibility::Infallible) {
                        Ok(table) => table,
                        Err(_) => crate::intrinsics::unreachable(),
                    };
                    let mut old_inner = mem::replace(&mut self.table, new_inner);
                    if !old_inner.is_empty_singleton() {
                        old_inner.free_buckets(Self::table_layout());
                    }
                }

                self.clone_from_impl(source);
            }
        }
    }
}

impl<T: Clone> RawTable<T> {
    /// Common code for clone and clone_from: copies the control bytes, then clones the elements into
    /// the same buckets, in iteration order.
    unsafe fn clone_from_impl(&mut self, source: &Self) {
        unsafe {
            // Copy the control bytes unchanged. We do this in a single pass.
            ptr::copy_nonoverlapping(source.table.ctrl(0), self.table.ctrl(0), self.table.num_ctrl_bytes());

            // The control bytes are copied but no element is written yet: if a clone panics, drop
            // the elements cloned so far and reset the table.
            let mut guard = CloneGuard::<T> { index: 0, table: &mut self.table, marker: PhantomData };
            let mut it = source.iter();
            while let Some(from) = it.next() {
                let index = source.bucket_index(&from);
                let to = guard.table.bucket::<T>(index);
                to.write(from.as_ref().clone());
                // Update the index in case we need to unwind.
                guard.index = index + 1;
            }
            // Successfully cloned all items, no need to clean up.
            mem::forget(guard);

            self.table.items = source.table.items;
            self.table.growth_left = source.table.growth_left;
        }
    }
}

/// Drops the elements cloned so far (buckets below `index`) and empties the table when a clone panics.
struct CloneGuard<'a, T> {
    index: usize,
    table: &'a mut RawTableInner,
    marker: PhantomData<T>,
}

impl<T> Drop for CloneGuard<'_, T> {
    fn drop(&mut self) {
        unsafe {
            if mem::needs_drop::<T>() {
                let mut i = 0;
                while i < self.index {
                    if self.table.is_bucket_full(i) {
                        self.table.bucket::<T>(i).drop();
                    }
                    i += 1;
                }
            }
            self.table.clear_no_drop();
        }
    }
}

impl<T> Drop for RawTable<T> {
    fn drop(&mut self) {
        unsafe { self.table.drop_inner_table::<T>(Self::table_layout()) };
    }
}

// ---- iterators

/// Iterates over a sub-range of a table's buckets, one group of control bytes at a time.
pub(crate) struct RawIterRange<T> {
    // Mask of full buckets in the current group. Bits are cleared from this mask as each element is
    // processed.
    current_group: BitMaskIter,
    // Pointer to the buckets for the current group.
    data: Bucket<T>,
    // Pointer to the next group of control bytes; must be aligned to the group size.
    next_ctrl: *const u8,
    // Pointer one past the last control byte of this range.
    end: *const u8,
}

impl<T> RawIterRange<T> {
    /// An iterator over `len` buckets starting at the control bytes `ctrl` (aligned to Group::WIDTH).
    unsafe fn new(ctrl: *const u8, data: Bucket<T>, len: usize) -> RawIterRange<T> {
        unsafe {
            let end = ctrl.add(len);
            // Load the first group and advance ctrl to point to the next group.
            let current_group = Group::load_aligned(ctrl).match_full();
            let next_ctrl = ctrl.add(Group::WIDTH);
            RawIterRange { current_group: current_group.into_iter(), data, next_ctrl, end }
        }
    }

    /// The next full bucket; without the range check the caller must know that one remains.
    unsafe fn next_impl(&mut self, do_check_ptr_range: bool) -> Option<Bucket<T>> {
        unsafe {
            loop {
                if let Some(index) = self.current_group.next() {
                    return Some(self.data.next_n(index));
                }
                if do_check_ptr_range && self.next_ctrl >= self.end {
                    return None;
                }
                // We might read past self.end up to the next group boundary, but this is fine
                // because it only occurs on tables smaller than the group size where the trailing
                // control bytes are all EMPTY.
                self.current_group = Group::load_aligned(self.next_ctrl).match_full().into_iter();
                self.data = self.data.next_n(Group::WIDTH);
                self.next_ctrl = self.next_ctrl.add(Group::WIDTH);
            }
        }
    }

    /// Folds over the next `n` full buckets.
    unsafe fn fold_impl<B, F: FnMut(B, Bucket<T>) -> B>(mut self, mut n: usize, mut acc: B, mut f: F) -> B {
        unsafe {
            loop {
                while let Some(index) = self.current_group.next() {
                    let bucket = self.data.next_n(index);
                    acc = f(acc, bucket);
                    n -= 1;
                }
                if n == 0 {
                    return acc;
                }
                self.current_group = Group::load_aligned(self.next_ctrl).match_full().into_iter();
                self.data = self.data.next_n(Group::WIDTH);
                self.next_ctrl = self.next_ctrl.add(Group::WIDTH);
            }
        }
    }
}

unsafe impl<T> Send for RawIterRange<T> {}
unsafe impl<T> Sync for RawIterRange<T> {}

impl<T> Clone for RawIterRange<T> {
    fn clone(&self) -> Self {
        RawIterRange { data: self.data.clone(), next_ctrl: self.next_ctrl, current_group: self.current_group, end: self.end }
    }
}

impl<T> Iterator for RawIterRange<T> {
    type Item = Bucket<T>;
    fn next(&mut self) -> Option<Bucket<T>> {
        unsafe { self.next_impl(true) }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        // We don't have an item count, so just guess based on the range size.
        let remaining_buckets = if self.end > self.next_ctrl {
            unsafe { self.end.offset_from(self.next_ctrl) as usize }
        } else {
            0
        };
        // Add a group width to include the group we are currently processing.
        (0, Some(Group::WIDTH + remaining_buckets))
    }
}

impl<T> FusedIterator for RawIterRange<T> {}

/// Iterator which returns a raw pointer to every full bucket in the table. It knows the number of
/// items left, so it stops without scanning the rest of the control bytes.
pub(crate) struct RawIter<T> {
    pub(crate) iter: RawIterRange<T>,
    items: usize,
}

impl<T> RawIter<T> {
    /// Drops the elements not yielded yet.
    unsafe fn drop_elements(&mut self) {
        if mem::needs_drop::<T>() && self.items != 0 {
            while let Some(item) = self.next() {
                unsafe { item.drop() };
            }
        }
    }
}

impl<T> Clone for RawIter<T> {
    fn clone(&self) -> Self {
        RawIter { iter: self.iter.clone(), items: self.items }
    }
}

impl<T> Default for RawIter<T> {
    fn default() -> Self {
        unsafe { RawTableInner::new().iter() }
    }
}

impl<T> Iterator for RawIter<T> {
    type Item = Bucket<T>;
    fn next(&mut self) -> Option<Bucket<T>> {
        // Inner iterator iterates over buckets so it can do unnecessary work if we already yielded
        // all items.
        if self.items == 0 {
            return None;
        }
        let nxt = unsafe { self.iter.next_impl(false) };
        self.items -= 1;
        nxt
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.items, Some(self.items))
    }
    fn fold<B, F: FnMut(B, Bucket<T>) -> B>(self, init: B, f: F) -> B {
        unsafe { self.iter.fold_impl(self.items, init, f) }
    }
}

impl<T> ExactSizeIterator for RawIter<T> {}
impl<T> FusedIterator for RawIter<T> {}

/// The indices of the full buckets of a table (used when resizing).
#[derive(Clone)]
pub(crate) struct FullBucketsIndices {
    // Mask of full buckets in the current group.
    current_group: BitMaskIter,
    // Initial value of the bytes' indices of the current group (relative to the start of the control
    // bytes).
    group_first_index: usize,
    // Pointer to the current group of control bytes.
    ctrl: NonNull<u8>,
    // Buckets number in the table.
    items: usize,
}

impl FullBucketsIndices {
    unsafe fn next_impl(&mut self) -> Option<usize> {
        unsafe {
            loop {
                if let Some(index) = self.current_group.next() {
                    return Some(self.group_first_index + index);
                }
                self.ctrl = NonNull::new_unchecked(self.ctrl.as_ptr().add(Group::WIDTH));
                self.current_group = Group::load_aligned(self.ctrl.as_ptr()).match_full().into_iter();
                self.group_first_index += Group::WIDTH;
            }
        }
    }
}

impl Iterator for FullBucketsIndices {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        // Return if we already yielded all items.
        if self.items == 0 {
            return None;
        }
        let nxt = unsafe { self.next_impl() };
        self.items -= 1;
        nxt
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.items, Some(self.items))
    }
}

impl ExactSizeIterator for FullBucketsIndices {}
impl FusedIterator for FullBucketsIndices {}

/// Iterator which consumes a table and returns elements; frees the allocation when dropped.
pub(crate) struct RawIntoIter<T> {
    iter: RawIter<T>,
    allocation: Option<(NonNull<u8>, Layout, Global)>,
    marker: PhantomData<T>,
}

impl<T> RawIntoIter<T> {
    pub(crate) fn iter(&self) -> RawIter<T> {
        self.iter.clone()
    }
}

unsafe impl<T: Send> Send for RawIntoIter<T> {}
unsafe impl<T: Sync> Sync for RawIntoIter<T> {}

impl<T> Drop for RawIntoIter<T> {
    fn drop(&mut self) {
        unsafe {
            // Drop all remaining elements.
            self.iter.drop_elements();
            // Free the table.
            if let Some((ptr, layout, _)) = self.allocation {
                alloc::dealloc(ptr.as_ptr(), layout);
            }
        }
    }
}

impl<T> Default for RawIntoIter<T> {
    fn default() -> Self {
        RawIntoIter { iter: Default::default(), allocation: None, marker: PhantomData }
    }
}

impl<T> Iterator for RawIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        unsafe { Some(self.iter.next()?.read()) }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<T> ExactSizeIterator for RawIntoIter<T> {}
impl<T> FusedIterator for RawIntoIter<T> {}

/// Iterator which empties a table: the table is moved out while draining and put back (its control
/// bytes reset to EMPTY, the allocation kept) when the iterator is dropped.
pub(crate) struct RawDrain<'a, T> {
    iter: RawIter<T>,
    // The table is moved into the iterator for the duration of the drain. This ensures that an empty
    // table is left if the drain iterator is leaked without dropping.
    table: RawTableInner,
    orig_table: NonNull<RawTableInner>,
    // We don't use a &'a mut RawTable<T> because we want RawDrain to be covariant over T.
    marker: PhantomData<&'a RawTable<T>>,
}

impl<T> RawDrain<'_, T> {
    pub(crate) fn iter(&self) -> RawIter<T> {
        self.iter.clone()
    }
}

unsafe impl<T: Send> Send for RawDrain<'_, T> {}
unsafe impl<T: Sync> Sync for RawDrain<'_, T> {}

impl<T> Drop for RawDrain<'_, T> {
    fn drop(&mut self) {
        unsafe {
            // Drop all remaining elements. Note that this may panic.
            self.iter.drop_elements();
            // Reset the contents of the table now that all elements have been dropped.
            self.table.clear_no_drop();
            // Move the now empty table back to its original location.
            ptr::copy_nonoverlapping(&self.table as *const RawTableInner, self.orig_table.as_ptr(), 1);
        }
    }
}

impl<T> Iterator for RawDrain<'_, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        unsafe {
            let item = self.iter.next()?;
            Some(item.read())
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<T> ExactSizeIterator for RawDrain<'_, T> {}
impl<T> FusedIterator for RawDrain<'_, T> {}

/// The state of extract_if: walks the table, removing the elements the predicate accepts.
pub(crate) struct RawExtractIf<'a, T> {
    pub(crate) iter: RawIter<T>,
    pub(crate) table: &'a mut RawTable<T>,
}

impl<T> RawExtractIf<'_, T> {
    pub(crate) fn next<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) -> Option<T> {
        unsafe {
            while let Some(item) = self.iter.next() {
                if f(item.as_mut()) {
                    return Some(self.table.remove(item).0);
                }
            }
        }
        None
    }
}

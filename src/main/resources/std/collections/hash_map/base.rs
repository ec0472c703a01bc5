// hashbrown 0.16.1's HashMap and HashSet (src/map.rs, src/set.rs, src/rustc_entry.rs): the layer
// between std's HashMap/HashSet and the RawTable, with the parts std uses (rustc_entry for std's entry
// API). The allocator generic is dropped.
use super::raw::{Bucket, RawDrain, RawExtractIf, RawIntoIter, RawIter, RawTable, TryReserveError};
use crate::borrow::Borrow;
use crate::fmt;
use crate::hash::{BuildHasher, Hash, Hasher};
use crate::iter::FusedIterator;
use crate::marker::PhantomData;
use crate::mem;

/// hashbrown's HashMap: the hasher and the table of (K, V) pairs.
pub(crate) struct HashMap<K, V, S> {
    pub(crate) hash_builder: S,
    pub(crate) table: RawTable<(K, V)>,
}

impl<K: Clone, V: Clone, S: Clone> Clone for HashMap<K, V, S> {
    fn clone(&self) -> Self {
        HashMap { hash_builder: self.hash_builder.clone(), table: self.table.clone() }
    }
    fn clone_from(&mut self, source: &Self) {
        self.table.clone_from(&source.table);
        // Update hash_builder only if we successfully cloned all elements.
        self.hash_builder.clone_from(&source.hash_builder);
    }
}

/// Hashes a key with a fresh hasher from the builder.
pub(crate) fn make_hash<Q: Hash + ?Sized, S: BuildHasher>(hash_builder: &S, val: &Q) -> u64 {
    let mut state = hash_builder.build_hasher();
    val.hash(&mut state);
    state.finish()
}

/// Hashes the key of a stored pair (the hasher the table uses when it grows).
pub(crate) fn make_hasher<K: Hash, V, S: BuildHasher>(hash_builder: &S) -> impl Fn(&(K, V)) -> u64 + '_ {
    move |val: &(K, V)| make_hash::<K, S>(hash_builder, &val.0)
}

/// Whether a stored pair's key equals `k` (hashbrown's Equivalent: `k == key.borrow()`).
pub(crate) fn equivalent_key<Q: ?Sized + Eq, K: Borrow<Q>, V>(k: &Q) -> impl Fn(&(K, V)) -> bool + '_ {
    move |x: &(K, V)| PartialEq::eq(k, x.0.borrow())
}

impl<K, V, S> HashMap<K, V, S> {
    pub(crate) const fn with_hasher(hash_builder: S) -> Self {
        HashMap { hash_builder, table: RawTable::new() }
    }

    pub(crate) fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> Self {
        HashMap { hash_builder, table: RawTable::with_capacity(capacity) }
    }

    pub(crate) fn hasher(&self) -> &S {
        &self.hash_builder
    }

    pub(crate) fn capacity(&self) -> usize {
        self.table.capacity()
    }

    pub(crate) fn keys(&self) -> Keys<'_, K, V> {
        Keys { inner: self.iter() }
    }

    pub(crate) fn iter(&self) -> Iter<'_, K, V> {
        unsafe { Iter { inner: self.table.iter(), marker: PhantomData } }
    }

    pub(crate) fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        unsafe { IterMut { inner: self.table.iter(), marker: PhantomData } }
    }

    pub(crate) fn len(&self) -> usize {
        self.table.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn drain(&mut self) -> Drain<'_, K, V> {
        Drain { inner: self.table.drain() }
    }

    /// Keeps the pairs the predicate accepts, erasing the others in iteration order.
    pub(crate) fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        // Here we only use `iter` as a temporary, preventing use-after-free.
        unsafe {
            let mut it = self.table.iter();
            while let Some(item) = it.next() {
                let &mut (ref key, ref mut value) = item.as_mut();
                if !f(key, value) {
                    self.table.erase(item);
                }
            }
        }
    }

    pub(crate) fn extract_if<F: FnMut(&K, &mut V) -> bool>(&mut self, f: F) -> ExtractIf<'_, K, V, F> {
        ExtractIf { f, inner: RawExtractIf { iter: unsafe { self.table.iter() }, table: &mut self.table } }
    }

    pub(crate) fn clear(&mut self) {
        self.table.clear();
    }

    pub(crate) fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { inner: self.table.into_iter() }
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> HashMap<K, V, S> {
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.table.reserve(additional, make_hasher::<K, V, S>(&self.hash_builder));
    }

    pub(crate) fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.table.try_reserve(additional, make_hasher::<K, V, S>(&self.hash_builder))
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.table.shrink_to(0, make_hasher::<K, V, S>(&self.hash_builder));
    }

    pub(crate) fn shrink_to(&mut self, min_capacity: usize) {
        self.table.shrink_to(min_capacity, make_hasher::<K, V, S>(&self.hash_builder));
    }

    /// std's entry: finds the key; for a vacant entry reserves room for one more element right away.
    pub(crate) fn rustc_entry(&mut self, key: K) -> RustcEntry<'_, K, V> {
        let hash = make_hash(&self.hash_builder, &key);
        if let Some(elem) = self.table.find(hash, |q: &(K, V)| q.0.eq(&key)) {
            RustcEntry::Occupied(RustcOccupiedEntry { elem, table: &mut self.table })
        } else {
            // Ideally we would put this in VacantEntry::insert, but Entry is not generic over the
            // BuildHasher and adding a generic parameter would be a breaking change.
            self.reserve(1);
            RustcEntry::Vacant(RustcVacantEntry { hash, key, table: &mut self.table })
        }
    }

    pub(crate) fn get<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        if !self.table.is_empty() {
            let hash = make_hash::<Q, S>(&self.hash_builder, k);
            match self.table.get(hash, equivalent_key::<Q, K, V>(k)) {
                Some((_, v)) => Some(v),
                None => None,
            }
        } else {
            None
        }
    }

    pub(crate) fn get_key_value<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        if !self.table.is_empty() {
            let hash = make_hash::<Q, S>(&self.hash_builder, k);
            match self.table.get(hash, equivalent_key::<Q, K, V>(k)) {
                Some((key, value)) => Some((key, value)),
                None => None,
            }
        } else {
            None
        }
    }

    pub(crate) fn contains_key<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        if !self.table.is_empty() {
            let hash = make_hash::<Q, S>(&self.hash_builder, k);
            self.table.get(hash, equivalent_key::<Q, K, V>(k)).is_some()
        } else {
            false
        }
    }

    pub(crate) fn get_mut<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        if !self.table.is_empty() {
            let hash = make_hash::<Q, S>(&self.hash_builder, k);
            match self.table.get_mut(hash, equivalent_key::<Q, K, V>(k)) {
                Some(&mut (_, ref mut v)) => Some(v),
                None => None,
            }
        } else {
            None
        }
    }

    pub(crate) fn get_disjoint_mut<Q: ?Sized + Hash + Eq, const N: usize>(&mut self, ks: [&Q; N]) -> [Option<&mut V>; N]
    where
        K: Borrow<Q>,
    {
        let hashes = self.build_hashes_inner(ks);
        self.table
            .get_disjoint_mut(hashes, |i, (k, _)| PartialEq::eq(ks[i], k.borrow()))
            .map(|res| match res {
                Some((_, v)) => Some(v),
                None => None,
            })
    }

    pub(crate) unsafe fn get_disjoint_unchecked_mut<Q: ?Sized + Hash + Eq, const N: usize>(&mut self, ks: [&Q; N])
        -> [Option<&mut V>; N]
    where
        K: Borrow<Q>,
    {
        let hashes = self.build_hashes_inner(ks);
        unsafe {
            self.table
                .get_disjoint_unchecked_mut(hashes, |i, (k, _)| PartialEq::eq(ks[i], k.borrow()))
                .map(|res| match res {
                    Some((_, v)) => Some(v),
                    None => None,
                })
        }
    }

    fn build_hashes_inner<Q: ?Sized + Hash + Eq, const N: usize>(&self, ks: [&Q; N]) -> [u64; N]
    where
        K: Borrow<Q>,
    {
        let mut hashes = [0_u64; N];
        let mut i = 0;
        while i < N {
            hashes[i] = make_hash::<Q, S>(&self.hash_builder, ks[i]);
            i += 1;
        }
        hashes
    }

    /// Inserts a pair; an existing key keeps its key and gets the new value (the old one returned).
    pub(crate) fn insert(&mut self, k: K, v: V) -> Option<V> {
        let hash = make_hash::<K, S>(&self.hash_builder, &k);
        match self.find_or_find_insert_index(hash, &k) {
            Ok(bucket) => Some(mem::replace(unsafe { &mut bucket.as_mut().1 }, v)),
            Err(index) => {
                unsafe {
                    self.table.insert_at_index(hash, index, (k, v));
                }
                None
            }
        }
    }

    pub(crate) fn find_or_find_insert_index<Q: ?Sized + Eq>(&mut self, hash: u64, key: &Q) -> Result<Bucket<(K, V)>, usize>
    where
        K: Borrow<Q>,
    {
        self.table.find_or_find_insert_index(hash, equivalent_key::<Q, K, V>(key), make_hasher::<K, V, S>(&self.hash_builder))
    }

    pub(crate) fn remove<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        // Avoid `Option::map` because it bloats LLVM IR.
        match self.remove_entry(k) {
            Some((_, v)) => Some(v),
            None => None,
        }
    }

    pub(crate) fn remove_entry<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        let hash = make_hash::<Q, S>(&self.hash_builder, k);
        self.table.remove_entry(hash, equivalent_key::<Q, K, V>(k))
    }

    /// Reserves the whole size hint when empty, else half of it (rounded up), then inserts each pair.
    pub(crate) fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        // Keys may be already present or show multiple times in the iterator. Reserve the entire
        // hint lower bound if the map is empty. Otherwise reserve half the hint (rounded up), so the
        // map will only resize twice in the worst case.
        let iter = iter.into_iter();
        let reserve = if self.is_empty() { iter.size_hint().0 } else { (iter.size_hint().0 + 1) / 2 };
        self.reserve(reserve);
        iter.for_each(move |(k, v)| {
            self.insert(k, v);
        });
    }

    pub(crate) fn extend_reserve(&mut self, additional: usize) {
        let reserve = if self.is_empty() { additional } else { (additional + 1) / 2 };
        self.reserve(reserve);
    }
}

/// An iterator over the pairs of a HashMap, as references.
pub(crate) struct Iter<'a, K, V> {
    inner: RawIter<(K, V)>,
    marker: PhantomData<(&'a K, &'a V)>,
}

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { inner: self.inner.clone(), marker: PhantomData }
    }
}

impl<K, V> Default for Iter<'_, K, V> {
    fn default() -> Self {
        Iter { inner: Default::default(), marker: PhantomData }
    }
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    fn next(&mut self) -> Option<(&'a K, &'a V)> {
        match self.inner.next() {
            Some(x) => unsafe {
                let r = x.as_ref();
                Some((&r.0, &r.1))
            },
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
    fn fold<B, F: FnMut(B, (&'a K, &'a V)) -> B>(self, init: B, mut f: F) -> B {
        self.inner.fold(init, |acc, x| unsafe {
            let (k, v) = x.as_ref();
            f(acc, (k, v))
        })
    }
}

impl<K, V> ExactSizeIterator for Iter<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for Iter<'_, K, V> {}

/// An iterator over the pairs of a HashMap, with mutable values.
pub(crate) struct IterMut<'a, K, V> {
    inner: RawIter<(K, V)>,
    // To ensure invariance with respect to V.
    marker: PhantomData<(&'a K, &'a mut V)>,
}

unsafe impl<K: Send, V: Send> Send for IterMut<'_, K, V> {}

impl<K, V> IterMut<'_, K, V> {
    /// Returns a iterator of references over the remaining items.
    pub(crate) fn rustc_iter(&self) -> Iter<'_, K, V> {
        Iter { inner: self.inner.clone(), marker: PhantomData }
    }
}

impl<K, V> Default for IterMut<'_, K, V> {
    fn default() -> Self {
        IterMut { inner: Default::default(), marker: PhantomData }
    }
}

impl<'a, K, V> Iterator for IterMut<'a, K, V> {
    type Item = (&'a K, &'a mut V);
    fn next(&mut self) -> Option<(&'a K, &'a mut V)> {
        match self.inner.next() {
            Some(x) => unsafe {
                let r = x.as_mut();
                Some((&r.0, &mut r.1))
            },
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
    fn fold<B, F: FnMut(B, (&'a K, &'a mut V)) -> B>(self, init: B, mut f: F) -> B {
        self.inner.fold(init, |acc, x| unsafe {
            let (k, v) = x.as_mut();
            f(acc, (&*k, v))
        })
    }
}

impl<K, V> ExactSizeIterator for IterMut<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for IterMut<'_, K, V> {}

/// An owning iterator over the pairs of a HashMap.
pub(crate) struct IntoIter<K, V> {
    inner: RawIntoIter<(K, V)>,
}

impl<K, V> IntoIter<K, V> {
    /// Returns a iterator of references over the remaining items.
    pub(crate) fn rustc_iter(&self) -> Iter<'_, K, V> {
        Iter { inner: self.inner.iter(), marker: PhantomData }
    }
}

impl<K, V> Default for IntoIter<K, V> {
    fn default() -> Self {
        IntoIter { inner: Default::default() }
    }
}

impl<K, V> Iterator for IntoIter<K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for IntoIter<K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for IntoIter<K, V> {}

/// An iterator over the keys of a HashMap (hashbrown's; the iterator of hashbrown's HashSet).
pub(crate) struct Keys<'a, K, V> {
    inner: Iter<'a, K, V>,
}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys { inner: self.inner.clone() }
    }
}

impl<K, V> Default for Keys<'_, K, V> {
    fn default() -> Self {
        Keys { inner: Default::default() }
    }
}

impl<'a, K, V> Iterator for Keys<'a, K, V> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K> {
        match self.inner.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
    fn fold<B, F: FnMut(B, &'a K) -> B>(self, init: B, mut f: F) -> B {
        self.inner.fold(init, |acc, (k, _)| f(acc, k))
    }
}

impl<K, V> ExactSizeIterator for Keys<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for Keys<'_, K, V> {}

/// A draining iterator over the pairs of a HashMap.
pub(crate) struct Drain<'a, K, V> {
    inner: RawDrain<'a, (K, V)>,
}

impl<K, V> Drain<'_, K, V> {
    /// Returns a iterator of references over the remaining items.
    pub(crate) fn rustc_iter(&self) -> Iter<'_, K, V> {
        Iter { inner: self.inner.iter(), marker: PhantomData }
    }
}

impl<K, V> Iterator for Drain<'_, K, V> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        self.inner.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Drain<'_, K, V> {
    fn len(&self) -> usize {
        self.inner.len()
    }
}

impl<K, V> FusedIterator for Drain<'_, K, V> {}

/// A draining, filtering iterator over the pairs of a HashMap.
pub(crate) struct ExtractIf<'a, K, V, F> {
    f: F,
    inner: RawExtractIf<'a, (K, V)>,
}

impl<K, V, F: FnMut(&K, &mut V) -> bool> Iterator for ExtractIf<'_, K, V, F> {
    type Item = (K, V);
    fn next(&mut self) -> Option<(K, V)> {
        let f = &mut self.f;
        self.inner.next(|&mut (ref k, ref mut v)| f(k, v))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.inner.iter.size_hint().1)
    }
}

impl<K, V, F: FnMut(&K, &mut V) -> bool> FusedIterator for ExtractIf<'_, K, V, F> {}

// ---- rustc_entry.rs: the entry API std uses

/// A view into a single entry in a map, which may either be vacant or occupied.
pub(crate) enum RustcEntry<'a, K, V> {
    Occupied(RustcOccupiedEntry<'a, K, V>),
    Vacant(RustcVacantEntry<'a, K, V>),
}

/// An occupied entry: the bucket and the table.
pub(crate) struct RustcOccupiedEntry<'a, K, V> {
    elem: Bucket<(K, V)>,
    table: &'a mut RawTable<(K, V)>,
}

unsafe impl<K: Send, V: Send> Send for RustcOccupiedEntry<'_, K, V> {}
unsafe impl<K: Sync, V: Sync> Sync for RustcOccupiedEntry<'_, K, V> {}

/// A vacant entry: the hash, the key and the table (with room for one more element).
pub(crate) struct RustcVacantEntry<'a, K, V> {
    hash: u64,
    key: K,
    table: &'a mut RawTable<(K, V)>,
}

impl<'a, K, V> RustcOccupiedEntry<'a, K, V> {
    pub(crate) fn key(&self) -> &K {
        unsafe { &self.elem.as_ref().0 }
    }
    pub(crate) fn remove_entry(self) -> (K, V) {
        unsafe { self.table.remove(self.elem).0 }
    }
    pub(crate) fn get(&self) -> &V {
        unsafe { &self.elem.as_ref().1 }
    }
    pub(crate) fn get_mut(&mut self) -> &mut V {
        unsafe { &mut self.elem.as_mut().1 }
    }
    pub(crate) fn into_mut(self) -> &'a mut V {
        unsafe { &mut self.elem.as_mut().1 }
    }
    pub(crate) fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }
    pub(crate) fn remove(self) -> V {
        self.remove_entry().1
    }
}

impl<'a, K, V> RustcVacantEntry<'a, K, V> {
    pub(crate) fn key(&self) -> &K {
        &self.key
    }
    pub(crate) fn into_key(self) -> K {
        self.key
    }
    pub(crate) fn insert(self, value: V) -> &'a mut V {
        unsafe {
            let bucket = self.table.insert_no_grow(self.hash, (self.key, value));
            &mut bucket.as_mut().1
        }
    }
    pub(crate) fn insert_entry(self, value: V) -> RustcOccupiedEntry<'a, K, V> {
        let bucket = unsafe { self.table.insert_no_grow(self.hash, (self.key, value)) };
        RustcOccupiedEntry { elem: bucket, table: self.table }
    }
}

// ---- set.rs: hashbrown's HashSet, a HashMap<T, ()>

pub(crate) struct HashSet<T, S> {
    pub(crate) map: HashMap<T, (), S>,
}

impl<T: Clone, S: Clone> Clone for HashSet<T, S> {
    fn clone(&self) -> Self {
        HashSet { map: self.map.clone() }
    }
    fn clone_from(&mut self, source: &Self) {
        self.map.clone_from(&source.map);
    }
}

impl<T, S> HashSet<T, S> {
    pub(crate) const fn with_hasher(hasher: S) -> Self {
        HashSet { map: HashMap::with_hasher(hasher) }
    }
    pub(crate) fn with_capacity_and_hasher(capacity: usize, hasher: S) -> Self {
        HashSet { map: HashMap::with_capacity_and_hasher(capacity, hasher) }
    }
    pub(crate) fn capacity(&self) -> usize {
        self.map.capacity()
    }
    pub(crate) fn iter(&self) -> SetIter<'_, T> {
        SetIter { iter: self.map.keys() }
    }
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub(crate) fn drain(&mut self) -> SetDrain<'_, T> {
        SetDrain { iter: self.map.drain() }
    }
    pub(crate) fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.map.retain(|k, _| f(k));
    }
    pub(crate) fn extract_if<F: FnMut(&T) -> bool>(&mut self, f: F) -> SetExtractIf<'_, T, F> {
        SetExtractIf { f, inner: RawExtractIf { iter: unsafe { self.map.table.iter() }, table: &mut self.map.table } }
    }
    pub(crate) fn clear(&mut self) {
        self.map.clear();
    }
    pub(crate) fn hasher(&self) -> &S {
        self.map.hasher()
    }
    pub(crate) fn into_iter(self) -> SetIntoIter<T> {
        SetIntoIter { iter: self.map.into_iter() }
    }
}

impl<T: Eq + Hash, S: BuildHasher> HashSet<T, S> {
    pub(crate) fn reserve(&mut self, additional: usize) {
        self.map.reserve(additional);
    }
    pub(crate) fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        self.map.try_reserve(additional)
    }
    pub(crate) fn shrink_to_fit(&mut self) {
        self.map.shrink_to_fit();
    }
    pub(crate) fn shrink_to(&mut self, min_capacity: usize) {
        self.map.shrink_to(min_capacity);
    }
    pub(crate) fn contains<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.contains_key(value)
    }
    pub(crate) fn get<Q: ?Sized + Hash + Eq>(&self, value: &Q) -> Option<&T>
    where
        T: Borrow<Q>,
    {
        // Avoid `Option::map` because it bloats LLVM IR.
        match self.map.get_key_value(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub(crate) fn insert(&mut self, value: T) -> bool {
        self.map.insert(value, ()).is_none()
    }
    /// Adds a value, replacing the existing equal one (returned).
    pub(crate) fn replace(&mut self, value: T) -> Option<T> {
        let hash = make_hash(&self.map.hash_builder, &value);
        match self.map.find_or_find_insert_index(hash, &value) {
            Ok(bucket) => Some(mem::replace(unsafe { &mut bucket.as_mut().0 }, value)),
            Err(index) => {
                unsafe {
                    self.map.table.insert_at_index(hash, index, (value, ()));
                }
                None
            }
        }
    }
    pub(crate) fn remove<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.map.remove(value).is_some()
    }
    pub(crate) fn take<Q: ?Sized + Hash + Eq>(&mut self, value: &Q) -> Option<T>
    where
        T: Borrow<Q>,
    {
        // Avoid `Option::map` because it bloats LLVM IR.
        match self.map.remove_entry(value) {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    pub(crate) fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.map.extend(iter.into_iter().map(|k| (k, ())));
    }
    pub(crate) fn extend_reserve(&mut self, additional: usize) {
        self.map.extend_reserve(additional);
    }
}

/// hashbrown's HashSet iterator.
pub(crate) struct SetIter<'a, K> {
    iter: Keys<'a, K, ()>,
}

impl<K> Clone for SetIter<'_, K> {
    fn clone(&self) -> Self {
        SetIter { iter: self.iter.clone() }
    }
}

impl<K> Default for SetIter<'_, K> {
    fn default() -> Self {
        SetIter { iter: Default::default() }
    }
}

impl<'a, K> Iterator for SetIter<'a, K> {
    type Item = &'a K;
    fn next(&mut self) -> Option<&'a K> {
        self.iter.next()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
    fn fold<B, F: FnMut(B, &'a K) -> B>(self, init: B, f: F) -> B {
        self.iter.fold(init, f)
    }
}

impl<K> ExactSizeIterator for SetIter<'_, K> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

impl<K> FusedIterator for SetIter<'_, K> {}

/// hashbrown's HashSet owning iterator.
pub(crate) struct SetIntoIter<K> {
    iter: IntoIter<K, ()>,
}

impl<K> Default for SetIntoIter<K> {
    fn default() -> Self {
        SetIntoIter { iter: Default::default() }
    }
}

impl<K> Iterator for SetIntoIter<K> {
    type Item = K;
    fn next(&mut self) -> Option<K> {
        // Avoid `Option::map` because it bloats LLVM IR.
        match self.iter.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<K> ExactSizeIterator for SetIntoIter<K> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

impl<K> FusedIterator for SetIntoIter<K> {}

impl<K: fmt::Debug> fmt::Debug for SetIntoIter<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entries_iter = self.iter.rustc_iter().map(|(k, _)| k);
        f.debug_list().entries(entries_iter).finish()
    }
}

/// hashbrown's HashSet draining iterator.
pub(crate) struct SetDrain<'a, K> {
    iter: Drain<'a, K, ()>,
}

impl<K> Iterator for SetDrain<'_, K> {
    type Item = K;
    fn next(&mut self) -> Option<K> {
        // Avoid `Option::map` because it bloats LLVM IR.
        match self.iter.next() {
            Some((k, _)) => Some(k),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<K> ExactSizeIterator for SetDrain<'_, K> {
    fn len(&self) -> usize {
        self.iter.len()
    }
}

impl<K> FusedIterator for SetDrain<'_, K> {}

impl<K: fmt::Debug> fmt::Debug for SetDrain<'_, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entries_iter = self.iter.rustc_iter().map(|(k, _)| k);
        f.debug_list().entries(entries_iter).finish()
    }
}

/// hashbrown's HashSet extract_if iterator.
pub(crate) struct SetExtractIf<'a, K, F> {
    f: F,
    inner: RawExtractIf<'a, (K, ())>,
}

impl<K, F: FnMut(&K) -> bool> Iterator for SetExtractIf<'_, K, F> {
    type Item = K;
    fn next(&mut self) -> Option<K> {
        let f = &mut self.f;
        match self.inner.next(|&mut (ref k, ())| f(k)) {
            Some((k, ())) => Some(k),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.inner.iter.size_hint().1)
    }
}

impl<K, F: FnMut(&K) -> bool> FusedIterator for SetExtractIf<'_, K, F> {}

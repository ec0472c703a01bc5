// rustmem's definitions of the std types whose layout users ask about. They mirror the
// private fields of Rust 1.95's std (x86_64 Linux, futex-based locks) closely enough that
// rustmem's layout engine gives rustc's size, alignment, field offsets and niches.
// Layout-relevant attributes are the ones std uses: lang = "unsafe_cell" removes niches,
// rustc_layout_scalar_valid_range_start/end restrict a scalar's valid values.

// ---- core::marker, core::mem, core::ptr
pub struct PhantomData<T: ?Sized>;
pub struct PhantomPinned;
#[repr(transparent)]
pub struct ManuallyDrop<T: ?Sized> { value: T }
#[repr(transparent)]
pub union MaybeUninit<T> { uninit: (), value: ManuallyDrop<T> }
#[repr(transparent)]
#[rustc_layout_scalar_valid_range_start(1)]
pub struct NonNull<T: ?Sized> { pointer: *const T }
#[repr(transparent)]
pub struct Unique<T: ?Sized> { pointer: NonNull<T>, _marker: PhantomData<T> }
#[repr(transparent)]
pub struct Pin<Ptr> { pointer: Ptr }

// ---- core::cell
#[lang = "unsafe_cell"]
#[repr(transparent)]
pub struct UnsafeCell<T: ?Sized> { value: T }
#[repr(transparent)]
pub struct Cell<T: ?Sized> { value: UnsafeCell<T> }
pub struct RefCell<T: ?Sized> { borrow: Cell<isize>, value: UnsafeCell<T> }
pub struct BorrowRef<'b> { borrow: &'b Cell<isize> }
pub struct BorrowRefMut<'b> { borrow: &'b Cell<isize> }
pub struct Ref<'b, T: ?Sized> { value: NonNull<T>, borrow: BorrowRef<'b> }
pub struct RefMut<'b, T: ?Sized> { value: NonNull<T>, borrow: BorrowRefMut<'b>, marker: PhantomData<&'b mut T> }
pub struct OnceCell<T> { inner: UnsafeCell<Option<T>> }

// ---- core::num: NonZero<T> keeps T's size and makes 0 invalid
#[repr(transparent)]
#[rustc_layout_scalar_valid_range_start(1)]
pub struct NonZero<T>(T);
pub type NonZeroU8 = NonZero<u8>;
pub type NonZeroU16 = NonZero<u16>;
pub type NonZeroU32 = NonZero<u32>;
pub type NonZeroU64 = NonZero<u64>;
pub type NonZeroU128 = NonZero<u128>;
pub type NonZeroUsize = NonZero<usize>;
pub type NonZeroI8 = NonZero<i8>;
pub type NonZeroI16 = NonZero<i16>;
pub type NonZeroI32 = NonZero<i32>;
pub type NonZeroI64 = NonZero<i64>;
pub type NonZeroI128 = NonZero<i128>;
pub type NonZeroIsize = NonZero<isize>;
pub struct Wrapping<T>(pub T);
pub struct Saturating<T>(pub T);

// ---- core::option, core::result, core::cmp, core::ops
#[derive(Debug)]
pub enum Option<T> { None, Some(T) }
#[derive(Debug)]
pub enum Result<T, E> { Ok(T), Err(E) }
#[repr(i8)]
pub enum Ordering { Less = -1, Equal = 0, Greater = 1 }
pub enum Infallible {}

// ---- core::fmt (fmt::Error is named FmtError here: programs define many types called Error;
// fmt::Error and fmt::Result are found by their `fmt::` path)
pub struct FormattingOptions { flags: u32, width: u16, precision: u16 }
pub struct Formatter<'a> { options: FormattingOptions, buf: &'a mut dyn Write }
#[derive(Debug)]
pub struct FmtError;
// std::io::Error: a tagged pointer (a boxed custom error, a static message, an OS error code or a kind)
pub struct IoError { repr: NonNull<u8> }

// ---- core::num errors
#[derive(Debug)]
pub struct ParseIntError { kind: IntErrorKind }
#[derive(Debug)]
pub struct Utf8Error { valid_up_to: usize, error_len: Option<u8> }
#[derive(Debug)]
pub enum IntErrorKind { Empty, InvalidDigit, PosOverflow, NegOverflow, Zero }
pub struct Range<Idx> { pub start: Idx, pub end: Idx }
pub struct RangeInclusive<Idx> { start: Idx, end: Idx, exhausted: bool }
pub struct RangeFull;
pub struct RangeFrom<Idx> { pub start: Idx }
pub struct RangeTo<Idx> { pub end: Idx }
pub enum ControlFlow<B, C = ()> { Continue(C), Break(B) }

// ---- core::time
#[rustc_layout_scalar_valid_range_end(999999999)]
pub struct Nanoseconds(u32);
pub struct Duration { secs: u64, nanos: Nanoseconds }

// ---- core::sync::atomic (align(N) as on x86_64)
#[repr(C, align(1))]
pub struct AtomicBool { v: UnsafeCell<u8> }
#[repr(C, align(1))]
pub struct AtomicU8 { v: UnsafeCell<u8> }
#[repr(C, align(1))]
pub struct AtomicI8 { v: UnsafeCell<i8> }
#[repr(C, align(2))]
pub struct AtomicU16 { v: UnsafeCell<u16> }
#[repr(C, align(2))]
pub struct AtomicI16 { v: UnsafeCell<i16> }
#[repr(C, align(4))]
pub struct AtomicU32 { v: UnsafeCell<u32> }
#[repr(C, align(4))]
pub struct AtomicI32 { v: UnsafeCell<i32> }
#[repr(C, align(8))]
pub struct AtomicU64 { v: UnsafeCell<u64> }
#[repr(C, align(8))]
pub struct AtomicI64 { v: UnsafeCell<i64> }
#[repr(C, align(8))]
pub struct AtomicUsize { v: UnsafeCell<usize> }
#[repr(C, align(8))]
pub struct AtomicIsize { v: UnsafeCell<isize> }
#[repr(C, align(8))]
pub struct AtomicPtr<T> { p: UnsafeCell<*mut T> }

// ---- alloc: Box, Vec, String
pub struct Global;
pub struct Box<T: ?Sized, A = Global>(Unique<T>, A);
#[rustc_layout_scalar_valid_range_end(9223372036854775807)]
pub struct Cap(usize);
pub struct RawVecInner<A = Global> { ptr: Unique<u8>, cap: Cap, alloc: A }
pub struct RawVec<T, A = Global> { inner: RawVecInner<A>, _marker: PhantomData<T> }
pub struct Vec<T, A = Global> { buf: RawVec<T, A>, len: usize }
pub struct String { vec: Vec<u8> }
pub struct VecDeque<T, A = Global> { head: usize, len: usize, buf: RawVec<T, A> }

// ---- alloc::rc, alloc::sync
#[repr(C)]
pub struct RcInner<T: ?Sized> { strong: Cell<usize>, weak: Cell<usize>, value: T }
pub struct Rc<T: ?Sized, A = Global> { ptr: NonNull<RcInner<T>>, phantom: PhantomData<RcInner<T>>, alloc: A }
pub struct Weak<T: ?Sized, A = Global> { ptr: NonNull<RcInner<T>>, alloc: A }
#[repr(C)]
pub struct ArcInner<T: ?Sized> { strong: AtomicUsize, weak: AtomicUsize, data: T }
pub struct Arc<T: ?Sized, A = Global> { ptr: NonNull<ArcInner<T>>, phantom: PhantomData<ArcInner<T>>, alloc: A }

// ---- std::sync (Linux futex implementation)
pub struct FutexMutex { futex: AtomicU32 }
pub struct PoisonFlag { failed: AtomicBool }
pub struct Mutex<T: ?Sized> { inner: FutexMutex, poison: PoisonFlag, data: UnsafeCell<T> }
pub struct FutexRwLock { state: AtomicU32, writer_notify: AtomicU32 }
pub struct RwLock<T: ?Sized> { inner: FutexRwLock, poison: PoisonFlag, data: UnsafeCell<T> }
pub struct FutexCondvar { futex: AtomicU32 }
pub struct Condvar { inner: FutexCondvar }
pub struct PoisonGuard { panicking: bool }
pub struct MutexGuard<'a, T: ?Sized> { lock: &'a Mutex<T>, poison: PoisonGuard }
#[derive(Debug)]
pub struct PoisonError<T> { data: T }

// ---- std::sync::mpsc (mpmc channels: a flavor enum over a pointer to the shared counter)
pub struct ArrayChannel<T> { marker: PhantomData<T> }
pub struct ListChannel<T> { marker: PhantomData<T> }
pub struct ZeroChannel<T> { marker: PhantomData<T> }
pub struct CounterSender<C> { counter: *mut C }
pub struct CounterReceiver<C> { counter: *mut C }
pub enum SenderFlavor<T> { Array(CounterSender<ArrayChannel<T>>), List(CounterSender<ListChannel<T>>), Zero(CounterSender<ZeroChannel<T>>) }
pub enum ReceiverFlavor<T> { Array(CounterReceiver<ArrayChannel<T>>), List(CounterReceiver<ListChannel<T>>), Zero(CounterReceiver<ZeroChannel<T>>) }
pub struct MpmcSender<T> { flavor: SenderFlavor<T> }
pub struct MpmcReceiver<T> { flavor: ReceiverFlavor<T> }
pub struct Sender<T> { inner: MpmcSender<T> }
pub struct Receiver<T> { inner: MpmcReceiver<T> }
#[derive(Debug)]
pub struct SendError<T>(pub T);
#[derive(Debug)]
pub struct RecvError;

// ---- std::thread (a Thread is a pointer to its shared data; the packet holds the closure's result)
pub struct NativeThread { id: u64 }
pub struct ThreadInner { id: u64 }
pub struct Thread { inner: NonNull<ThreadInner> }
pub struct Packet<T> { scope: Option<NonNull<u8>>, result: UnsafeCell<Option<Result<T, Box<dyn Any + Send>>>> }
pub struct JoinInner<T> { native: NativeThread, thread: Thread, packet: Arc<Packet<T>> }
pub struct JoinHandle<T>(JoinInner<T>);

// ---- std::collections::HashMap (hashbrown)
pub struct RandomState { k0: u64, k1: u64 }
pub struct RawTableInner { bucket_mask: usize, ctrl: NonNull<u8>, growth_left: usize, items: usize }
pub struct RawTable<T, A = Global> { table: RawTableInner, alloc: A, marker: PhantomData<T> }
pub struct HashbrownMap<K, V, S, A = Global> { hash_builder: S, table: RawTable<(K, V), A> }
pub struct HashMap<K, V, S = RandomState> { base: HashbrownMap<K, V, S> }
pub struct HashSet<T, S = RandomState> { base: HashbrownMap<T, (), S> }
// hash_map::Entry (over hashbrown's rustc_entry)
pub struct Bucket<T> { ptr: NonNull<T> }
pub struct RustcOccupiedEntry<'a, K, V> { elem: Bucket<(K, V)>, table: &'a mut RawTable<(K, V)> }
pub struct RustcVacantEntry<'a, K, V> { hash: u64, key: K, table: &'a mut RawTable<(K, V)> }
pub struct OccupiedEntry<'a, K, V> { base: RustcOccupiedEntry<'a, K, V> }
pub struct VacantEntry<'a, K, V> { base: RustcVacantEntry<'a, K, V> }
pub enum Entry<'a, K, V> { Occupied(OccupiedEntry<'a, K, V>), Vacant(VacantEntry<'a, K, V>) }
// the iterators: a walk over the control bytes, a group at a time
pub struct RawIterRange<T> { data: Bucket<T>, next_ctrl: *const u8, end: *const u8, current_group: u16 }
pub struct RawIter<T> { iter: RawIterRange<T>, items: usize }
pub struct HashbrownIter<'a, K, V> { inner: RawIter<(K, V)>, marker: PhantomData<(&'a K, &'a V)> }
pub struct HashMapIter<'a, K, V> { base: HashbrownIter<'a, K, V> }
pub struct Keys<'a, K, V> { inner: HashMapIter<'a, K, V> }
pub struct Values<'a, K, V> { inner: HashMapIter<'a, K, V> }
pub struct HashbrownKeys<'a, K, V> { inner: HashbrownIter<'a, K, V> }
pub struct HashbrownSetIter<'a, K> { iter: HashbrownKeys<'a, K, ()> }
pub struct HashSetIter<'a, K> { base: HashbrownSetIter<'a, K> }
pub struct Difference<'a, T, S> { iter: HashSetIter<'a, T>, other: &'a HashSet<T, S> }
pub struct Intersection<'a, T, S> { iter: HashSetIter<'a, T>, other: &'a HashSet<T, S> }
pub struct SymmetricDifference<'a, T, S> { iter: Chain<Difference<'a, T, S>, Difference<'a, T, S>> }
pub struct Union<'a, T, S> { iter: Chain<HashSetIter<'a, T>, Difference<'a, T, S>> }

// ---- core::slice and alloc::vec iterators, core::iter adapters
pub struct Iter<'a, T> { ptr: NonNull<T>, end_or_len: *const T, _marker: PhantomData<&'a T> }
pub struct IterMut<'a, T> { ptr: NonNull<T>, end_or_len: *mut T, _marker: PhantomData<&'a mut T> }
pub struct Drain<'a, T, A = Global> { iter: Iter<'a, T>, vec: NonNull<Vec<T, A>>, tail_start: usize, tail_len: usize }
pub struct Windows<'a, T> { v: &'a [T], size: NonZero<usize> }
pub struct Chunks<'a, T> { v: &'a [T], chunk_size: usize }

// ---- core::str's iterators (rustmem names Split by its searcher, where std names it by the pattern)
pub struct Chars<'a> { iter: Iter<'a, u8> }
pub struct CharIndices<'a> { front_offset: usize, iter: Chars<'a> }
pub struct CharSearcher<'a> { haystack: &'a str, finger: usize, finger_back: usize, needle: char, utf8_size: u8, utf8_encoded: [u8; 4] }
pub struct TwoWaySearcher { crit_pos: usize, crit_pos_back: usize, period: usize, byteset: u64, position: usize, end: usize, memory: usize, memory_back: usize }
pub struct EmptyNeedle { position: usize, end: usize, is_match_fw: bool, is_match_bw: bool, is_finished: bool }
pub enum StrSearcherImpl { Empty(EmptyNeedle), TwoWay(TwoWaySearcher) }
pub struct StrSearcher<'a, 'b> { haystack: &'a str, needle: &'b str, searcher: StrSearcherImpl }
pub struct IsWhitespace;
pub struct IsNotEmpty;
pub struct LinesMap;
pub struct MultiCharEqSearcher<'a, C> { char_eq: C, haystack: &'a str, char_indices: CharIndices<'a> }
pub struct CharPredicateSearcher<'a, F>(MultiCharEqSearcher<'a, F>);
pub struct SplitInternal<'a, S> { start: usize, end: usize, matcher: S, allow_trailing_empty: bool, finished: bool }
pub struct Split<'a, S>(SplitInternal<'a, S>);
pub struct SplitInclusive<'a, S>(SplitInternal<'a, S>);
pub struct Lines<'a>(Map<SplitInclusive<'a, CharSearcher<'a>>, LinesMap>);
pub struct SplitWhitespace<'a> { inner: Filter<Split<'a, CharPredicateSearcher<'a, IsWhitespace>>, IsNotEmpty> }
// std::env::Args: the process's arguments, each an OsString (on Unix a Vec<u8>); `item` (zero-sized,
// not std's) records that it yields Strings
pub struct Args { inner: ArgsOs, item: PhantomData<String> }
pub struct ArgsOs { inner: IntoIter<OsString> }
pub struct OsString { inner: Buf }
pub struct Buf { inner: Vec<u8> }
// std::path: a Path is an unsized OsStr (bytes on Unix), a PathBuf owns an OsString
pub struct OsSlice { inner: [u8] }
pub struct OsStr { inner: OsSlice }
pub struct Path { inner: OsStr }
pub struct PathBuf { inner: OsString }
pub struct PathDisplay<'a> { inner: &'a Path }
pub struct IntoIter<T, A = Global> { buf: NonNull<T>, phantom: PhantomData<T>, cap: usize, alloc: ManuallyDrop<A>, ptr: NonNull<T>, end: *const T }
pub struct Map<I, F> { iter: I, f: F }
pub struct Filter<I, P> { iter: I, predicate: P }
pub struct FilterMap<I, F> { iter: I, f: F }
pub struct Enumerate<I> { iter: I, count: usize }
pub struct Rev<T> { iter: T }
pub struct Copied<I> { it: I }
pub struct Cloned<I> { it: I }
pub struct Take<I> { iter: I, n: usize }
pub struct Skip<I> { iter: I, n: usize }
pub struct Chain<A, B> { a: Option<A>, b: Option<B> }
// core::array::IntoIter<T, N> (rustmem has no const generics here: A is [MaybeUninit<T>; N])
pub struct IndexRange { start: usize, end: usize }
pub struct ArrayIntoIter<A> { data: A, alive: IndexRange }

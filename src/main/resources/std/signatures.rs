// std's functions and methods that rustmem type-checks from their signatures (Rust 1.95's, lifetimes
// left out where elision gives the same). A call becomes a `StdCall` by path ("sync::mpsc::channel",
// "Mutex::lock"); `run` executes it where the interpreter has a shim and says unsupported elsewhere.
// Modules nest as in std, so `use std::sync::mpsc; mpsc::channel()` finds `sync::mpsc::channel`.

mod thread {
    pub fn spawn<F, T>(f: F) -> JoinHandle<T> where F: FnOnce() -> T + Send + 'static, T: Send + 'static;
    pub fn sleep(dur: Duration);
    pub fn yield_now();
}

mod sync {
    mod mpsc {
        pub fn channel<T>() -> (Sender<T>, Receiver<T>);
    }
}

impl<T> JoinHandle<T> {
    pub fn join(self) -> Result<T, Box<dyn Any + Send>>;
    pub fn is_finished(&self) -> bool;
}

impl<T> Sender<T> {
    pub fn send(&self, t: T) -> Result<(), SendError<T>>;
    pub fn clone(&self) -> Sender<T>;
}

impl<T> Receiver<T> {
    pub fn recv(&self) -> Result<T, RecvError>;
}

impl<T> Mutex<T> {
    pub fn new(t: T) -> Mutex<T>;
    pub fn lock(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>;
    pub fn into_inner(self) -> Result<T, PoisonError<T>>;
}

impl<T> Arc<T> {
    pub fn new(data: T) -> Arc<T>;
    pub fn clone(&self) -> Arc<T>;
    pub fn strong_count(this: &Arc<T>) -> usize;
}

impl Duration {
    pub fn from_secs(secs: u64) -> Duration;
    pub fn from_millis(millis: u64) -> Duration;
    pub fn as_secs(&self) -> u64;
    pub fn as_millis(&self) -> u128;
}

impl<T> Option<T> {
    pub fn take(&mut self) -> Option<T>;
    pub fn replace(&mut self, value: T) -> Option<T>;
}

impl<T> Vec<T> {
    pub fn drain<R>(&mut self, range: R) -> Drain<T>;
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V>;
    pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn insert(&mut self, k: K, v: V) -> Option<V> where K: Eq + Hash;
    // (std: `K: Borrow<Q>`, so a String key is also looked up by &str)
    pub fn get<Q>(&self, k: &Q) -> Option<&V> where K: Eq + Hash;
    pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V> where K: Eq + Hash;
    pub fn contains_key<Q>(&self, k: &Q) -> bool where K: Eq + Hash;
    pub fn remove<Q>(&mut self, k: &Q) -> Option<V> where K: Eq + Hash;
    pub fn entry(&mut self, key: K) -> Entry<K, V> where K: Eq + Hash;
    pub fn iter(&self) -> HashMapIter<K, V>;
    pub fn keys(&self) -> Keys<K, V>;
    pub fn values(&self) -> Values<K, V>;
}

impl<'a, K, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V;
    pub fn or_default(self) -> &'a mut V where V: Default;
}

impl<T> HashSet<T> {
    pub fn new() -> HashSet<T>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn insert(&mut self, value: T) -> bool where T: Eq + Hash;
    pub fn contains<Q>(&self, value: &Q) -> bool where T: Eq + Hash;
    pub fn remove<Q>(&mut self, value: &Q) -> bool where T: Eq + Hash;
    pub fn iter(&self) -> HashSetIter<T>;
    pub fn union(&self, other: &HashSet<T>) -> Union<T, RandomState> where T: Eq + Hash;
    pub fn difference(&self, other: &HashSet<T>) -> Difference<T, RandomState> where T: Eq + Hash;
    pub fn intersection(&self, other: &HashSet<T>) -> Intersection<T, RandomState> where T: Eq + Hash;
    pub fn symmetric_difference(&self, other: &HashSet<T>) -> SymmetricDifference<T, RandomState> where T: Eq + Hash;
}

impl<T> *const T {
    pub unsafe fn add(self, count: usize) -> *const T;
    pub unsafe fn offset(self, count: isize) -> *const T;
    pub fn is_null(self) -> bool;
}

impl<T> *mut T {
    pub unsafe fn add(self, count: usize) -> *mut T;
    pub unsafe fn offset(self, count: isize) -> *mut T;
    pub fn is_null(self) -> bool;
}

mod slice {
    pub unsafe fn from_raw_parts<'a, T>(data: *const T, len: usize) -> &'a [T];
    pub unsafe fn from_raw_parts_mut<'a, T>(data: *mut T, len: usize) -> &'a mut [T];
}

// (abs, min, max, sqrt, floor, ceil, round and powi are StdCalls' number methods)
impl f64 {
    pub fn trunc(self) -> f64;
    pub fn powf(self, n: f64) -> f64;
    pub fn ln(self) -> f64;
    pub fn exp(self) -> f64;
}

// (PathBuf's methods from its Deref to Path are listed with it)
impl Path {
    pub fn new<S>(s: &S) -> &Path;
    pub fn display(&self) -> PathDisplay;
    pub fn join<P>(&self, path: P) -> PathBuf;
    pub fn to_str(&self) -> Option<&str>;
    pub fn exists(&self) -> bool;
}

impl PathBuf {
    pub fn new() -> PathBuf;
    pub fn push<P>(&mut self, path: P);
    pub fn set_file_name<S>(&mut self, file_name: S);
    pub fn display(&self) -> PathDisplay;
    pub fn join<P>(&self, path: P) -> PathBuf;
    pub fn to_str(&self) -> Option<&str>;
}

mod str {
    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
}

mod ptr {
    pub fn eq<T>(a: *const T, b: *const T) -> bool;
}

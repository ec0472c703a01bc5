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

// editions: 2015 2018 2021 2024
// `let _ = x;` inside a `move` closure does not capture `x` from 2021 on; 2015/2018 move `x` into the
// closure, so dropping the closure drops `x` there instead of at the end of main.
struct Lock {
    path: String,
}

impl Drop for Lock {
    fn drop(&mut self) {
        println!("  unlock {}", self.path);
    }
}

fn main() {
    let lock = Lock { path: String::from("/tmp/app.lock") };
    let counter = vec![1, 2, 3];
    let task = move || {
        let _ = lock;
        counter.iter().sum::<i32>()
    };
    println!("task -> {}", task());
    drop(task);
    println!("task dropped");
    println!("end of main");
}

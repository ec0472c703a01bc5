// Scope item 8: temporaries of a method chain live to the end of the statement; Mutex's Debug.
use std::sync::{Arc, Mutex, RwLock};

fn main() {
    let total = vec![1, 2, 3].iter().sum::<i32>();
    println!("{}", total);
    let longest = vec!["a".to_string(), "ccc".to_string(), "bb".to_string()].iter().map(|s| s.len()).max().unwrap();
    println!("{}", longest);
    let m = Mutex::new(6);
    println!("{:?}", m);
    {
        let _guard = m.lock().unwrap();
        println!("{:?}", m);
    }
    let shared = Arc::new(Mutex::new(vec![1, 2]));
    println!("{:?}", shared);
    let rw = RwLock::new("text");
    println!("{:?}", rw);
}

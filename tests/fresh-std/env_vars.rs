use std::env::{self, VarError};
use std::path::PathBuf;

fn main() {
    let key = "RUSTMEM_TEST_SURELY_UNSET_VARIABLE";
    match env::var(key) {
        Ok(v) => println!("set: {v}"),
        Err(e) => println!("{e} / {:?}", e),
    }
    println!("{:?}", env::var_os(key));
    unsafe { env::set_var(key, "42") };
    println!("{:?} {:?}", env::var(key), env::var_os(key));
    let n: i32 = env::var(key).unwrap().parse().unwrap();
    println!("{}", n + 1);
    println!("{}", env::vars().any(|(k, v)| k == key && v == "42"));
    unsafe { env::remove_var(key) };
    println!("{:?}", env::var(key));
    println!("{}", env::var(key).unwrap_or_else(|_| "default".to_string()));
    let e = VarError::NotPresent;
    println!("{} {}", e == VarError::NotPresent, e.clone());

    let paths: Vec<PathBuf> = env::split_paths("/usr/bin:/bin::/opt/x").collect();
    println!("{:?}", paths);
    let joined = env::join_paths(["/a", "/b/c"]).unwrap();
    println!("{:?}", joined);
    let bad = env::join_paths(["/a:b"]).unwrap_err();
    println!("{} / {:?}", bad, bad);
    let tmp = env::temp_dir();
    println!("{}", tmp.is_absolute());
}

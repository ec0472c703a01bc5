// std::fs's types that need no file: OpenOptions, Permissions, FileTimes, DirBuilder, TryLockError; a program that
// only names fs functions (never reaching them) type-checks and runs as with rustc.
use std::fs::{self, DirBuilder, OpenOptions, TryLockError};
use std::io;
use std::path::Path;

fn load(path: &Path) -> io::Result<String> {
    fs::read_to_string(path)
}

fn main() {
    let mut opts = OpenOptions::new();
    opts.read(true).append(true).create(true);
    println!("{:?}", opts);
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    println!("{:?}", builder);
    let reader: fn(&Path) -> io::Result<String> = load;
    println!("loader ready: {}", reader as usize != 0);
    for e in [TryLockError::WouldBlock] {
        let err: io::Error = e.into();
        println!("{} / {:?}", err, err.kind());
    }
    println!("{} | {:?}", TryLockError::WouldBlock, TryLockError::WouldBlock);
    println!("{:?}", fs::FileTimes::new());
    println!("{:?}", fs::FileTimes::new().set_modified(std::time::SystemTime::UNIX_EPOCH));
}

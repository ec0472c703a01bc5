struct TempFile {
    path: String,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing {}", self.path);
    }
}

fn main() {
    let f = TempFile { path: String::from("/tmp/x.tmp") };
    let p = f.path;
    println!("path was {}", p);
}

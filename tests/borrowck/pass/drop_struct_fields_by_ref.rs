struct TempFile {
    path: String,
    size: u64,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing {} ({} bytes)", self.path, self.size);
    }
}

impl TempFile {
    fn path(&self) -> &str {
        &self.path
    }
    fn take_path(&mut self) -> String {
        std::mem::replace(&mut self.path, String::from("<moved>"))
    }
}

fn main() {
    let mut f = TempFile { path: String::from("/tmp/x.tmp"), size: 12 };
    println!("path {}", f.path());
    let p = f.take_path();
    let size = f.size;
    println!("took {} size {}", p, size);
}

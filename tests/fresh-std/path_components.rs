use std::path::{Component, Path};

fn describe(p: &str) {
    let path = Path::new(p);
    let comps: Vec<Component> = path.components().collect();
    println!("{:?}", p);
    println!("  components {:?}", comps);
    println!("  iter {:?}", path.iter().collect::<Vec<_>>());
    println!("  parent {:?} file_name {:?}", path.parent(), path.file_name());
    println!("  stem {:?} ext {:?} prefix {:?}", path.file_stem(), path.extension(), path.file_prefix());
    println!("  absolute {} relative {} root {}", path.is_absolute(), path.is_relative(), path.has_root());
    let back: Vec<_> = path.components().rev().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    println!("  reversed {:?}", back);
}

fn main() {
    for p in [
        "/usr/local/bin/rustc",
        "src/main.rs",
        "./config/app.toml",
        "a//b/./c/",
        "../up/./x.tar.gz",
        "/",
        "",
        ".",
        "..",
        ".hidden",
        "file.",
        "dir/.bashrc.old",
        "//double/slash",
    ] {
        describe(p);
    }
    let p = Path::new("/var/log/syslog.1");
    for a in p.ancestors() {
        print!("{} | ", a.display());
    }
    println!();
    println!("{:?}", p.components());
    println!("{:?}", p.iter());
    println!("{:?}", p.components().as_path());
    let mut c = Path::new("a/b/c").components();
    c.next();
    c.next_back();
    println!("middle {:?}", c.as_path());
    println!("{:?}", Component::Normal("x".as_ref()) < Component::RootDir);
    println!("{:?}", Path::new("/a/b").components().next() == Some(Component::RootDir));
    let cd: &Path = Component::CurDir.as_ref();
    println!("{:?} {:?} {:?}", cd, Component::ParentDir.as_os_str(), Component::RootDir.as_os_str());
}

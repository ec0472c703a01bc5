use std::ffi::OsStr;
use std::path::{Path, PathBuf, MAIN_SEPARATOR, MAIN_SEPARATOR_STR};

fn main() {
    let mut p = PathBuf::from("/home/user");
    p.push("projects");
    p.push("demo/src");
    println!("{}", p.display());
    p.push("/etc/hosts"); // absolute: replaces
    println!("{}", p.display());
    println!("pop {} -> {:?}", p.pop(), p);
    println!("pop {} -> {:?}", p.pop(), p);
    println!("pop {} -> {:?}", p.pop(), p);

    let mut f = PathBuf::from("docs/report.draft.txt");
    f.set_extension("md");
    println!("{:?}", f);
    f.set_file_name("summary");
    println!("{:?}", f);
    println!("set_extension on no file: {}", PathBuf::from("/").set_extension("x"));
    f.set_extension("");
    println!("{:?} {:?}", f, f.with_extension("rs"));
    println!("{:?}", Path::new("a/b.tar.gz").with_extension("zip"));
    println!("{:?}", Path::new("a/b").with_file_name("c.txt"));
    println!("{:?}", Path::new("archive.tar").with_added_extension("gz"));
    let mut q = PathBuf::from("x/y.txt");
    println!("{} {:?}", q.add_extension("bak"), q);

    let base = Path::new("/srv/www");
    let full = base.join("static").join("css/site.css");
    println!("{}", full.display());
    println!("{:?}", full.strip_prefix("/srv"));
    println!("{:?}", full.strip_prefix("/srv/w").map_err(|e| e.to_string()));
    println!("{} {}", full.starts_with("/srv/www/static"), full.starts_with("/srv/ww"));
    println!("{} {}", full.ends_with("css/site.css"), full.ends_with("site"));
    println!("{:?}", Path::new("rel").join("/abs"));
    println!("{:?}", Path::new("dir/").join("file"));
    println!("{:?}", Path::new("").join("file"));

    let collected: PathBuf = ["usr", "share", "doc"].iter().collect();
    println!("{:?}", collected);
    let mut ext = PathBuf::new();
    ext.extend(["a", "b", "/c", "d"]);
    println!("{:?} {}", ext, ext.as_os_str().len());

    let s = String::from("owned/path.rs");
    let pb: PathBuf = s.into();
    let os = pb.clone().into_os_string();
    println!("{:?} {:?} {:?}", pb, os, pb.to_str());
    let boxed: Box<Path> = pb.clone().into_boxed_path();
    println!("{:?}", boxed);
    println!("{:?}", boxed.into_path_buf());
    println!("{} {} {:?}", MAIN_SEPARATOR, MAIN_SEPARATOR_STR, std::path::is_separator('/'));
    let e: &OsStr = Path::new("x.png").extension().unwrap();
    println!("{}", e == "png");
    let mut cap = PathBuf::with_capacity(32);
    cap.push("abc");
    println!("{} {}", cap.capacity(), cap.as_path().to_string_lossy());
    cap.clear();
    println!("{:?} {}", cap, cap.as_os_str().is_empty());
    println!("{:?}", "a/b".parse::<PathBuf>());
    println!("{:?}", PathBuf::default());
}

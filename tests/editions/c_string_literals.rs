// editions: 2015 2018 2021 2024
// C string literals `c"..."` (type &CStr): lexed as one literal from 2021; in 2015/2018 `c"..."` is the
// identifier `c` followed by a string, a syntax error here.
use std::ffi::CStr;

struct Env {
    vars: Vec<&'static CStr>,
}

impl Env {
    fn describe(&self) {
        for v in &self.vars {
            let s = v.to_str().unwrap();
            println!("{:<12} {} bytes (+1 nul)", s, v.to_bytes().len());
        }
    }
}

fn main() {
    let home: &CStr = c"HOME=/root";
    let env = Env { vars: vec![home, c"LANG=C", c"EMPTY="] };
    env.describe();
    let total: usize = env.vars.iter().map(|v| v.to_bytes_with_nul().len()).sum();
    println!("total {}", total);
    let raw = cr"C:\tmp";
    println!("{:?}", raw);
}

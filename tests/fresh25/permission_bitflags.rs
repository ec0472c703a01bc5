use std::fmt;
use std::ops::{BitAnd, BitOr, BitOrAssign, Not, Sub};

#[derive(Clone, Copy, PartialEq, Eq, Default, Hash)]
struct Mode(u16);

impl Mode {
    const R: u16 = 4;
    const W: u16 = 2;
    const X: u16 = 1;
    const USER: u32 = 6;
    const GROUP: u32 = 3;
    const OTHER: u32 = 0;
    fn bits(self, shift: u32) -> u16 { (self.0 >> shift) & 7 }
    fn contains(self, o: Mode) -> bool { self & o == o }
}

impl BitOr for Mode { type Output = Mode; fn bitor(self, o: Mode) -> Mode { Mode(self.0 | o.0) } }
impl BitAnd for Mode { type Output = Mode; fn bitand(self, o: Mode) -> Mode { Mode(self.0 & o.0) } }
impl Not for Mode { type Output = Mode; fn not(self) -> Mode { Mode(!self.0 & 0o777) } }
impl Sub for Mode { type Output = Mode; fn sub(self, o: Mode) -> Mode { self & !o } }
impl BitOrAssign for Mode { fn bitor_assign(&mut self, o: Mode) { self.0 |= o.0; } }

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut s = String::with_capacity(9);
        for shift in [Mode::USER, Mode::GROUP, Mode::OTHER] {
            let b = self.bits(shift);
            s.push(if b & Mode::R != 0 { 'r' } else { '-' });
            s.push(if b & Mode::W != 0 { 'w' } else { '-' });
            s.push(if b & Mode::X != 0 { 'x' } else { '-' });
        }
        f.write_str(&s)
    }
}

impl fmt::Debug for Mode {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Mode({:#o})", self.0)
    }
}

impl TryFrom<&str> for Mode {
    type Error = String;
    fn try_from(s: &str) -> Result<Mode, String> {
        if let Some(oct) = s.strip_prefix("0o") {
            return u16::from_str_radix(oct, 8).map_err(|e| format!("{:?}: {}", s, e)).and_then(|v| {
                if v > 0o777 { Err(format!("{:?}: mode too large", s)) } else { Ok(Mode(v)) }
            });
        }
        if s.chars().count() != 9 {
            return Err(format!("{:?}: expected 9 symbols, got {}", s, s.chars().count()));
        }
        let mut v = 0u16;
        for (i, c) in s.char_indices() {
            let expected = ['r', 'w', 'x'][i % 3];
            let bit = match c {
                '-' => 0,
                c if c == expected => 1,
                other => return Err(format!("{:?}: unexpected '{}' at {}", s, other, i)),
            };
            v = (v << 1) | bit;
        }
        Ok(Mode(v))
    }
}

#[derive(Debug)]
struct FileEntry {
    name: &'static str,
    owner: &'static str,
    group: &'static str,
    mode: Mode,
}

fn can(entry: &FileEntry, user: &str, groups: &[&str], want: u16) -> bool {
    let shift = if user == entry.owner {
        Mode::USER
    } else if groups.contains(&entry.group) {
        Mode::GROUP
    } else {
        Mode::OTHER
    };
    entry.mode.bits(shift) & want == want
}

fn main() {
    let specs = ["rwxr-xr-x", "rw-r-----", "0o644", "0o1777", "rwxrwxrwx", "rw-x-----", "rwx", "0o75z", "---------"];
    let mut modes = Vec::new();
    for s in specs {
        match Mode::try_from(s) {
            Ok(m) => {
                println!("{:<10} -> {} {:>5o} {:#06o} {:#011b} {:#05x} {:?}", s, m, m.0, m.0, m.0, m.0, m);
                modes.push(m);
            }
            Err(e) => println!("{:<10} -> error {}", s, e),
        }
    }
    let umask = Mode(0o022);
    println!("umask {} ({:03o}), inverse {}", umask, umask.0, !umask);
    for m in &modes {
        let applied = *m - umask;
        println!("  {} - umask = {} [{:03o}] exec-any={}", m, applied, applied.0, (applied & Mode(0o111)) != Mode(0));
    }
    let mut acc = Mode::default();
    for m in [Mode(0o400), Mode(0o040), Mode(0o004)] {
        acc |= m;
    }
    println!("read-for-all = {} contains 0o444? {} contains 0o644? {}", acc, acc.contains(Mode(0o444)), acc.contains(Mode(0o644)));
    let files = [
        FileEntry { name: "deploy.sh", owner: "ops", group: "staff", mode: Mode::try_from("rwxr-x---").unwrap() },
        FileEntry { name: "notes.txt", owner: "ana", group: "staff", mode: Mode(0o640) },
        FileEntry { name: "public.html", owner: "www", group: "www", mode: Mode(0o644) },
    ];
    let users: [(&str, &[&str]); 3] = [("ops", &["staff"]), ("ana", &["staff", "dev"]), ("guest", &[])];
    println!("{:<12}{:^8}{:^8}{:^8}", "file", "ops", "ana", "guest");
    for f in &files {
        let cells: Vec<String> = users
            .iter()
            .map(|(u, g)| {
                let r = if can(f, u, g, Mode::R) { 'r' } else { '.' };
                let w = if can(f, u, g, Mode::W) { 'w' } else { '.' };
                let x = if can(f, u, g, Mode::X) { 'x' } else { '.' };
                format!("{:^8}", format!("{}{}{}", r, w, x))
            })
            .collect();
        println!("{:<12}{}", f.name, cells.concat());
    }
    println!("{:?}", files[1]);
    println!("{:>+6} {:<#8x}| {:^#12b}| {:08.3e}", 42, 255, 5u8, 1234.5);
}

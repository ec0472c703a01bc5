// editions: 2015 2018 2021 2024
// A crate-local trait with a method named `try_into`: before 2021 only this trait is in scope, so
// `x.try_into()` calls it; from 2021 std's TryInto is in the prelude too and the call is ambiguous (E0034).
trait Saturate {
    fn try_into(self) -> Result<u8, String>;
}

impl Saturate for i32 {
    fn try_into(self) -> Result<u8, String> {
        if self < 0 {
            Err(format!("{} is negative", self))
        } else if self > 255 {
            Ok(255)
        } else {
            Ok(self as u8)
        }
    }
}

fn main() {
    let readings = [12, 300, -4, 255];
    let mut levels = Vec::new();
    for r in readings.iter() {
        let level: Result<u8, String> = r.clone().try_into();
        match level {
            Ok(v) => levels.push(v),
            Err(e) => println!("skipped: {}", e),
        }
    }
    println!("levels {:?}", levels);
}

// editions: 2015 2018 2021 2024
// A token-counting macro called with `#"text"#` and `##`: before 2024 these are separate `#` and string
// tokens; 2024 reserves guarded strings and `##` ("invalid string literal" / "reserved multi-hash token").
macro_rules! tokens {
    () => { 0usize };
    ($head:tt $($rest:tt)*) => { 1usize + tokens!($($rest)*) };
}

macro_rules! describe {
    ($name:expr => $($t:tt)*) => {
        println!("{:<10} {} token(s)", $name, tokens!($($t)*));
    };
}

fn main() {
    describe!("plain" => "quoted");
    describe!("raw" => r#"raw "inner" text"#);
    describe!("guarded" => #"guarded"#);
    describe!("hashes" => ## x);
    describe!("mixed" => a + # b);
}

// editions: 2015 2018 2021 2024
// A token-tree macro called as `field!(name"text")` / `field!(id#7)`: before 2021 these are two tokens
// (ident + literal, ident + `#`...); from 2021 `ident"..."` and `ident#` are reserved prefixes
// ("prefix `name` is unknown").
macro_rules! field {
    ($key:ident $val:literal) => {
        format!("{} = {:?}", stringify!($key), $val)
    };
    ($key:ident # $val:literal) => {
        format!("{} = #{}", stringify!($key), $val)
    };
}

struct Form {
    lines: Vec<String>,
}

impl Form {
    fn show(&self) {
        for (i, l) in self.lines.iter().enumerate() {
            println!("{}: {}", i + 1, l);
        }
    }
}

fn main() {
    let form = Form {
        lines: vec![
            field!(name"Ada"),
            field!(age 36),
            field!(id#7),
        ],
    };
    form.show();
}

// macro_rules!: fragments (ident, expr, ty, tt, literal, pat, block), repetitions with separators,
// recursion, macros in item, statement, expression and pattern position, stringify!.
macro_rules! make_getter {
    ($name:ident, $t:ty, $value:expr) => {
        fn $name() -> $t { $value }
    };
}

make_getter!(answer, u32, 40 + 2);
make_getter!(greeting, &'static str, "hi");

macro_rules! square {
    ($x:expr) => { $x * $x };
}

macro_rules! maximum {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = maximum!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! my_vec {
    () => { Vec::new() };
    ($($e:expr),* $(,)?) => {{
        let mut v = Vec::new();
        $(v.push($e);)*
        v
    }};
}

macro_rules! count_tts {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count_tts!($($tail)*) };
}

macro_rules! show {
    ($($label:literal => $value:expr);+ $(;)?) => {
        $(println!("{}: {} ({})", $label, $value, stringify!($value));)+
    };
}

macro_rules! is_small {
    ($p:pat) => {
        match 3 {
            $p => true,
            _ => false,
        }
    };
}

macro_rules! twice {
    ($b:block) => { { $b; $b } };
}

macro_rules! point {
    ($name:ident { $($field:ident),* }) => {
        #[derive(Debug)]
        struct $name { $($field: i32),* }
    };
}

point!(P3 { x, y, z });

fn main() {
    println!("{} {}", answer(), greeting());
    println!("{}", square!(2 + 3));
    println!("{}", maximum!(3, 9, 4, 7));
    let v: Vec<i32> = my_vec![1, 2, 3,];
    let empty: Vec<u8> = my_vec![];
    println!("{:?} {:?}", v, empty);
    println!("{}", count_tts!(a b (c d) [e] f));
    show! {
        "sum" => 1 + 2;
        "product" => 3 * 4;
    }
    println!("{} {}", is_small!(0..=5), is_small!(10 | 20));
    let mut n = 0;
    twice!({ n += 5 });
    println!("{}", n);
    println!("{:?}", P3 { x: 1, y: 2, z: 3 });
    println!("{}", stringify!(a + b * c));
}

#[repr(C)]
union Value {
    small: u8,
    big: u64,
}

fn main() {
    let v = Value { small: 7 };
    println!("small = {}", unsafe { v.small });
    if unsafe { v.big } > 100 {
        println!("big number");
    } else {
        println!("small number");
    }
}

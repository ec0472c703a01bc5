use std::env;

fn main() {
    unsafe { env::set_var("GOOD_KEY", "value") };
    println!("{:?}", env::var("GOOD_KEY"));
    unsafe { env::remove_var("GOOD_KEY") };
    println!("{:?}", env::var_os("GOOD_KEY"));
    let r = std::panic::catch_unwind(|| unsafe { env::remove_var("") });
    println!("remove empty key panicked: {}", r.is_err());
    unsafe { env::set_var("BAD=KEY", "value") };
    println!("unreachable");
}

// an 8 GiB array on the stack: the frame does not fit the 8 MiB main stack, as in the binary
fn main() {
    let a = [3; 2147483648];
    println!("{}", a[0]);
}

fn main() {
    let p: *const i32;
    {
        let x = 42;
        p = &x;
        println!("inside the block: {}", unsafe { *p });
    }
    println!("block is over");
    let v = unsafe { *p };
    println!("v = {}", v);
}

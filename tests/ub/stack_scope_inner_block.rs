// Keeping a raw pointer to a variable declared in an inner block.
fn main() {
    let base: i32 = 6;
    let p: *const [i32; 3];
    let mut log = Vec::new();
    println!("entering block, base = {}", base);
    {
        let answer: [i32; 3] = [base * 7, base * 8, base * 9];
        p = &answer as *const _;
        log.push(answer[0]);
        println!("inside block, answer = {:?}", unsafe { *p });
    }
    println!("left block, log = {:?}", log);
    // `answer` is out of scope here
    let v = unsafe { (*p)[0] };
    println!("after block, (*p)[0] = {}", v);
}

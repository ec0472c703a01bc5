// Tour stop 4: where a program's data lives: literals in .rodata, initialised statics in
// .data, zero-initialised statics in .bss, code in .text.
static MY_VAR: i32 = 42;
static mut COUNTER: u64 = 0;
const GREETING: &str = "hello from .rodata";

fn bump() -> u64 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}

fn main() {
    println!("{GREETING}");
    println!("MY_VAR = {MY_VAR}");
    bump();
    println!("COUNTER = {}", bump());
}

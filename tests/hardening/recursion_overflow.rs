// every call takes at least 16 bytes of stack (its return address, 16-byte alignment): 8 MiB run out
fn main() {
    main();
}

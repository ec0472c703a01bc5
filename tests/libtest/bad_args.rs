// A test binary given an option libtest does not know: it says so on stderr and exits with 101.
#[test]
fn never_runs() {
    panic!("not reached");
}

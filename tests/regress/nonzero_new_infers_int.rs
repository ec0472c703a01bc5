// NonZero::new, new_unchecked and get are one generic impl in core: the integer type comes from the argument
// or from the expected type.
use std::num::NonZero;
fn main() {
    let a = NonZero::new(5usize).unwrap();
    let b: NonZero<u64> = NonZero::new(7).unwrap();
    let c = unsafe { NonZero::new_unchecked(3i32) };
    println!("{} {} {} {}", a, b.get(), c, a.leading_zeros());
}

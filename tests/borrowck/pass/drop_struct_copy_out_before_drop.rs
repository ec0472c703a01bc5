// Copying a value out from behind a Drop type's reference ends the borrow at once.
struct Guard<'a> {
    value: &'a mut i64,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.value += 1;
    }
}

fn peek(g: Guard<'_>) -> i64 {
    let v = *g.value;
    v * 2
}

fn main() {
    let mut n = 20;
    let doubled = peek(Guard { value: &mut n });
    println!("{} {}", doubled, n);
}

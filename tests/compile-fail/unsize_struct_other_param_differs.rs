// Struct unsizing changes the last field's type parameter only: `U` must stay `u8`.
struct W<T: ?Sized, U> { u: U, t: T }
fn main() {
    let w = W { u: 1u8, t: [1, 2] };
    let r: &W<[i32], u16> = &w;
}

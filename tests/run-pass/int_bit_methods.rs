// Bit counting of integers of every width and sign: count_ones, count_zeros, leading_zeros,
// trailing_zeros (of zero too), is_power_of_two.
fn main() {
    println!("{} {} {} {}", 12u32.count_ones(), 12u32.count_zeros(), 12u32.leading_zeros(), 12u32.trailing_zeros());
    println!("{} {} {} {}", (-1i8).count_ones(), (-1i8).leading_zeros(), i8::MIN.trailing_zeros(), 0u16.trailing_zeros());
    println!("{} {} {}", 1u8.leading_zeros(), 0u64.leading_zeros(), u64::MAX.count_zeros());
    println!("{} {} {} {}", (-2i64).count_ones(), i32::MIN.leading_zeros(), 0usize.count_ones(), 255u8.count_ones());
    println!("{} {} {} {}", 64u32.is_power_of_two(), 0u32.is_power_of_two(), 96u8.is_power_of_two(), 1usize.is_power_of_two());
}

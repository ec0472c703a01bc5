fn main() {
    let data = [10, 20, 30, 40];
    let cut = data.len() / 2;
    let (a, b) = unsafe { data.split_at_unchecked(cut) };
    println!("a = {:?}, b = {:?}", a, b);
    let (c, d) = unsafe { data.split_at_unchecked(cut + 4) };
    println!("c = {:?}, d = {:?}", c, d);
}

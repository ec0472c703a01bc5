fn main() {
    let c = 'z';
    let heart = '❤';
    let t = true;
    let f = !t;
    println!("{c} {heart} {} {}", c as u32, heart as u32);
    println!("{t} {f} {} {} {}", t && f, t || f, t ^ f);
    println!("{}", 'a' < 'b');
    println!("{}", (97u8 as char));
}

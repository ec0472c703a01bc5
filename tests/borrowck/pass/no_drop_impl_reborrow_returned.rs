// Without a Drop impl nothing runs at the end of the function: the reborrow may be returned.
struct Holder<'a> {
    data: &'a mut String,
    uses: u32,
}

fn take<'a>(h: Holder<'a>) -> &'a mut String {
    println!("used {} times", h.uses);
    &mut *h.data
}

fn main() {
    let mut s = String::from("hi");
    let r = take(Holder { data: &mut s, uses: 2 });
    r.push('!');
    println!("{}", s);
}

pub struct S<'a> {
    data: &'a mut String,
}

impl<'a> Drop for S<'a> {
    fn drop(&mut self) {
        self.data.push_str("being dropped");
    }
}

fn demo<'a>(s: S<'a>) -> &'a mut String {
    let p = &mut *s.data;
    p
}

fn main() {
    let mut x = String::from("hi");
    let r = demo(S { data: &mut x });
    r.push_str("!");
    println!("{}", r);
}

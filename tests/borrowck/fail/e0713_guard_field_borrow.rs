struct Scope<'a> {
    items: &'a mut Vec<u32>,
}

impl Drop for Scope<'_> {
    fn drop(&mut self) {
        self.items.push(0);
    }
}

impl<'a> Scope<'a> {
    fn into_first(self) -> &'a mut u32 {
        &mut self.items[0]
    }
}

fn main() {
    let mut v = vec![7, 8];
    let s = Scope { items: &mut v };
    *s.into_first() += 1;
    println!("{:?}", v);
}

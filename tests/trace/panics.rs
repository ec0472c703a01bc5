struct Guard(u8);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} dropped", self.0);
    }
}

fn check(v: &[i32], i: usize) -> i32 {
    let _g = Guard(2);
    v[i]
}

fn main() {
    let _g = Guard(1);
    let v = vec![1, 2, 3];
    let d: &dyn std::fmt::Debug = &v;
    println!("{:?}", d);
    println!("{}", check(&v, 7));
}

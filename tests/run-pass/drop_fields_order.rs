// A struct's fields are dropped in declaration order after its own Drop; tuple elements in order;
// array elements in order; an enum drops the payload of the variant it holds.
struct Named(&'static str);
impl Drop for Named {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct Outer { first: Named, second: Named }
impl Drop for Outer {
    fn drop(&mut self) { println!("drop outer"); }
}
enum Holder { Empty, One(Named), Two(Named, Named) }

fn main() {
    {
        let _o = Outer { first: Named("first"), second: Named("second") };
    }
    {
        let _t = (Named("t0"), Named("t1"), Named("t2"));
    }
    {
        let _a = [Named("a0"), Named("a1")];
    }
    let h = Holder::Two(Named("h0"), Named("h1"));
    let e = Holder::Empty;
    let o = Holder::One(Named("one"));
    drop(o);
    drop(e);
    drop(h);
    println!("end");
}

#[derive(Copy)]
struct Loud(u32);
impl Clone for Loud {
    fn clone(&self) -> Self {
        println!("clone Loud {}", self.0);
        Loud(self.0)
    }
}
#[derive(Clone, Copy)]
struct Pair(Loud, Loud);
#[derive(Clone, Copy)]
struct Wrap<T>(T);
#[derive(Clone, Copy, Debug, PartialEq)]
enum Dir { N, E }
#[derive(Clone, Copy)]
struct Tagged<'a> { name: &'a str, l: Loud }
fn main() {
    let p = Pair(Loud(1), Loud(2));
    let q = p.clone();
    println!("pair {} {}", q.0.0, q.1.0);
    let w = Wrap(Loud(3));
    let w2 = w.clone();
    println!("wrap {}", w2.0.0);
    let ps = vec![Pair(Loud(4), Loud(5)); 2];
    let ps2 = ps.clone();
    println!("ps {}", ps2.len());
    let ws = vec![Wrap(Loud(6))];
    let ws2 = ws.to_vec();
    println!("ws {}", ws2.len());
    let ds = vec![Dir::N, Dir::E];
    let mut ds2 = ds.clone();
    ds2.extend_from_slice(&ds);
    println!("{:?}", ds2);
    let t = Tagged { name: "t", l: Loud(7) };
    let t2 = t.clone();
    println!("{} {}", t2.name, t2.l.0);
    let arr = [Loud(8), Loud(9)];
    let v = arr.to_vec();
    println!("{}", v.len());
}

// impl Trait: as a parameter's type (an anonymous type parameter) and as a return type (the type the
// body returns: a struct, a closure, an iterator chain).
trait Summary {
    fn summarize(&self) -> String;
}

struct Post { author: String, words: u32 }

impl Summary for Post {
    fn summarize(&self) -> String { format!("{} ({} words)", self.author, self.words) }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn latest() -> impl Summary {
    Post { author: String::from("ann"), words: 120 }
}

fn adder(y: i32) -> impl Fn(i32) -> i32 {
    move |x| x + y
}

fn evens(v: &Vec<i32>) -> impl Iterator<Item = i32> + '_ {
    v.iter().filter(|x| *x % 2 == 0).map(|x| x * 10)
}

fn main() {
    let p = latest();
    notify(&p);
    let add5 = adder(5);
    println!("{} {}", add5(1), add5(37));
    let v = vec![1, 2, 3, 4];
    let tens: Vec<i32> = evens(&v).collect();
    println!("{:?} {}", tens, std::mem::size_of_val(&add5));
}

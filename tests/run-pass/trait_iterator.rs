// A type of the program implementing Iterator: next called by hand, in a for loop, and by std's
// adapters and consumers (skip, map, filter, enumerate, take, sum, count, collect, max, fold).
struct Counter { count: u32, limit: u32 }

impl Counter {
    fn new(limit: u32) -> Counter { Counter { count: 0, limit } }
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.count < self.limit {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

struct Words { text: Vec<String>, at: usize }

impl Iterator for Words {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        let w = self.text.get(self.at).cloned();
        self.at += 1;
        w
    }
}

trait Shape {
    type Unit;
    fn area(&self) -> u32;
    fn describe(&self) -> String { format!("area {}", self.area()) }
}

struct Square(u32);

impl Shape for Square {
    type Unit = u32;
    fn area(&self) -> Self::Unit { self.0 * self.0 }
}

fn main() {
    let mut c = Counter::new(3);
    println!("{:?} {:?} {:?} {:?} {:?}", c.next(), c.next(), c.next(), c.next(), c.next());
    for x in Counter::new(4) {
        print!("{} ", x);
    }
    println!();
    let sum: u32 = Counter::new(5).skip(1).map(|a| a * a).filter(|x| x % 3 == 0).sum();
    println!("{}", sum);
    let v: Vec<(usize, u32)> = Counter::new(6).enumerate().take(3).collect();
    println!("{:?} {} {:?}", v, Counter::new(7).count(), Counter::new(9).max());
    println!("{}", Counter::new(4).fold(String::new(), |acc, x| format!("{}{}", acc, x)));
    let words = Words { text: vec![String::from("a"), String::from("bc")], at: 0 };
    for w in words {
        println!("word {}", w);
    }
    println!("{}", Square(7).describe());
}

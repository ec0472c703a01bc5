// A closure called where it is written (a try-block in disguise): its result may hold what the closure
// borrows (the string behind the iterator), never the closure itself, a temporary gone at the `;`.
fn main() {
    let line = String::from("7 apples 3 pears");
    let mut words = line.split(' ');
    let first = (|| {
        let n: u32 = words.next()?.parse().ok()?;
        Some((n, words.next()?))
    })();
    let mut count = 0;
    let counter = || {
        count += 1;
        count
    };
    let c = { counter }();
    println!("{:?} {} {:?}", first, c, words.next());
}

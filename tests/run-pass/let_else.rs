// let … else: the pattern's tests fall to the diverging else block (return, continue).
#[derive(Debug)]
enum Coin { Penny, Quarter(u32) }
fn describe(c: &Coin) -> Option<String> {
    let Coin::Quarter(year) = c else {
        return None;
    };
    Some(format!("a quarter from {}", year))
}
fn main() {
    println!("{:?} {:?}", describe(&Coin::Penny), describe(&Coin::Quarter(1999)));
    let v = [1, 2, 3];
    for x in v {
        let 2 = x else { continue; };
        println!("found {}", x);
    }
}

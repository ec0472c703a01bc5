enum Dir { Up, Down, Left }
fn main() { let d = Dir::Up; match d { Dir::Up => println!("up"), Dir::Down => println!("down") } }

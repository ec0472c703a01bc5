fn main() {
    let mut queue = vec![3, 1, 2];
    if queue.first() == Some(&3) {
        queue.remove(0);
    }
    while queue.last().map_or(false, |&x| x < 3) {
        let x = queue.pop().unwrap();
        println!("popped {}", x);
    }
    println!("left {:?}", queue);
}

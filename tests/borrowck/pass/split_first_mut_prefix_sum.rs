fn main() {
    let mut data = vec![3, 1, 4, 1, 5];
    if let Some((first, rest)) = data.split_first_mut() {
        for r in rest.iter_mut() {
            *r += *first;
        }
        *first = 0;
    }
    let mut running = 0;
    for x in data.iter_mut() {
        running += *x;
        *x = running;
    }
    println!("{:?}", data);
}

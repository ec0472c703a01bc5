// editions: 2015 2018 2021 2024
// `panic!("...{id}...")` with a single argument: 2015/2018 use the string as is (message shows "{id}"),
// 2021+ treat it as a format string and capture `id`.
struct Order {
    id: u32,
    qty: i32,
}

fn check(o: &Order) {
    let id = o.id;
    if o.qty <= 0 {
        panic!("order {id} has no items");
    }
    println!("order {} ok ({} items)", o.id, o.qty);
}

fn main() {
    let orders = vec![Order { id: 1, qty: 3 }, Order { id: 2, qty: 5 }, Order { id: 3, qty: 0 }];
    for o in &orders {
        check(o);
    }
    println!("all orders ok");
}

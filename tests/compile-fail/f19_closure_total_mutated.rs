// Shopping cart: a closure reads `total_cents` while the loop keeps assigning to it.
struct Item {
    name: &'static str,
    cents: u32,
    qty: u32,
}

fn format_money(cents: u32) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

fn main() {
    let cart = [
        Item { name: "notebook", cents: 499, qty: 2 },
        Item { name: "pen", cents: 125, qty: 5 },
        Item { name: "backpack", cents: 3450, qty: 1 },
    ];
    let mut total_cents: u32 = 0;

    let report = || {
        println!("  running total: {}", format_money(total_cents));
    };

    for item in cart.iter() {
        println!("adding {} x {}", item.qty, item.name);
        // Mistake: `total_cents` is borrowed by the `report` closure.
        total_cents = total_cents + item.cents * item.qty;
        report();
    }

    let tax = total_cents * 8 / 100;
    println!("subtotal {}, tax {}", format_money(total_cents), format_money(tax));
}

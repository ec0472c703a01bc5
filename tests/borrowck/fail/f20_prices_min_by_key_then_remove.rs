use std::collections::HashMap;

#[derive(Debug)]
struct Offer {
    vendor: String,
    cents: u64,
}

fn main() {
    let mut offers: HashMap<u32, Offer> = HashMap::new();
    offers.insert(1, Offer { vendor: "Acme".into(), cents: 1999 });
    offers.insert(2, Offer { vendor: "Globex".into(), cents: 1749 });
    offers.insert(3, Offer { vendor: "Initech".into(), cents: 2100 });

    let cheapest = offers.values().min_by_key(|o| o.cents).unwrap();

    // Vendor 3 withdraws its offer.
    offers.remove(&3);

    println!("cheapest offer: {} at {} cents", cheapest.vendor, cheapest.cents);
    println!("{} offers remain", offers.len());
}

#[derive(Debug, Clone, PartialEq)]
struct Order {
    name: String,
    year: u32,
    made_by_phone: bool,
    made_by_mobile: bool,
    made_by_email: bool,
    item_number: u32,
    count: u32,
}

fn create_order_template() -> Order {
    Order {
        name: String::from("Bob"),
        year: 2019,
        made_by_phone: false,
        made_by_mobile: false,
        made_by_email: true,
        item_number: 123,
        count: 0,
    }
}

struct ColorTuple(u8, u8, u8);

#[derive(Debug)]
struct UnitLike;

#[derive(Debug)]
struct Package {
    sender_country: String,
    recipient_country: String,
    weight_in_grams: u32,
}

impl Package {
    fn new(sender_country: String, recipient_country: String, weight_in_grams: u32) -> Package {
        if weight_in_grams < 10 {
            panic!("Can not ship a package with weight below 10 grams.");
        }
        Package { sender_country, recipient_country, weight_in_grams }
    }

    fn is_international(&self) -> bool {
        self.sender_country != self.recipient_country
    }

    fn get_fees(&self, cents_per_gram: u32) -> u32 {
        self.weight_in_grams * cents_per_gram
    }
}

fn main() {
    let template = create_order_template();
    let your_order = Order {
        name: String::from("Hacker in Rust"),
        count: 1,
        ..template.clone()
    };
    println!("{:?}", your_order);
    println!("same except name/count: {}", Order { name: template.name.clone(), count: 0, ..your_order.clone() } == template);
    println!("{:#?}", template);

    let green = ColorTuple(0, 255, 0);
    println!("green = #{:02x}{:02X}{:02x}", green.0, green.1, green.2);
    println!("unit: {:?}", UnitLike);

    let packages = vec![
        Package::new("Spain".into(), "Russia".into(), 1200),
        Package::new(String::from("Canada"), String::from("Canada"), 1500),
        Package::new("Japan".to_string(), "Brazil".to_owned(), 37),
    ];
    for p in &packages {
        println!(
            "{} -> {}: {}g international={} fee={}",
            p.sender_country, p.recipient_country, p.weight_in_grams, p.is_international(), p.get_fees(3)
        );
    }
    let total: u32 = packages.iter().filter(|p| p.is_international()).map(|p| p.get_fees(3)).sum();
    println!("international fees total: {}", total);
}

use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone)]
struct Order {
    id: u32,
    country: &'static str,
    total_cents: i64,
    items: u32,
    vip: bool,
}

type Pred = Box<dyn Fn(&Order) -> bool>;
type Action = Box<dyn Fn(&Order) -> Effect>;

#[derive(Debug, Clone, PartialEq)]
enum Effect {
    Discount(u8),
    Flag(&'static str),
    Block(String),
}

impl fmt::Display for Effect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Effect::Discount(p) => write!(f, "-{}%", p),
            Effect::Flag(s) => write!(f, "flag:{}", s),
            Effect::Block(why) => write!(f, "BLOCK({})", why),
        }
    }
}

struct Rule {
    name: String,
    salience: i32,
    when: Pred,
    then: Action,
}

fn min_total(cents: i64) -> impl Fn(&Order) -> bool { move |o| o.total_cents >= cents }
fn from_country(c: &'static str) -> impl Fn(&Order) -> bool { move |o| o.country == c }
fn and<A, B>(a: A, b: B) -> impl Fn(&Order) -> bool
where
    A: Fn(&Order) -> bool,
    B: Fn(&Order) -> bool,
{
    move |o| a(o) && b(o)
}
fn not<A: Fn(&Order) -> bool>(a: A) -> impl Fn(&Order) -> bool { move |o| !a(o) }

fn discount_by(step: u8) -> impl Fn(u32) -> Box<dyn Fn(&Order) -> Effect> {
    move |per_items| Box::new(move |o: &Order| Effect::Discount((step as u32 * (o.items / per_items)).min(30) as u8))
}

struct Engine { rules: Vec<Rule> }

impl Engine {
    fn add(&mut self, name: &str, salience: i32, when: impl Fn(&Order) -> bool + 'static, then: Action) {
        self.rules.push(Rule { name: name.to_string(), salience, when: Box::new(when), then });
        self.rules.sort_by(|a, b| b.salience.cmp(&a.salience).then_with(|| a.name.cmp(&b.name)));
    }
    fn evaluate(&self, o: &Order, audit: &mut dyn FnMut(&str, &Effect)) -> Vec<Effect> {
        let mut out = Vec::new();
        for r in &self.rules {
            if (r.when)(o) {
                let e = (r.then)(o);
                audit(&r.name, &e);
                let stop = matches!(e, Effect::Block(_));
                out.push(e);
                if stop {
                    break;
                }
            }
        }
        out
    }
}

fn main() {
    let mut eng = Engine { rules: Vec::new() };
    let per = discount_by(5);
    eng.add("bulk", 10, |o: &Order| o.items >= 4, per(4));
    eng.add("vip", 20, |o: &Order| o.vip, Box::new(|_| Effect::Discount(10)));
    eng.add("big-abroad", 50, and(min_total(100_000), not(from_country("NL"))), Box::new(|o| Effect::Flag(if o.vip { "review-vip" } else { "review" })));
    eng.add("embargo", 100, from_country("XX"), Box::new(|o| Effect::Block(format!("order {} to XX", o.id))));
    let threshold = 50;
    eng.add("tiny", 5, move |o: &Order| o.total_cents < threshold * 100, Box::new(|_| Effect::Flag("tiny")));
    println!("rules: {:?}", eng.rules.iter().map(|r| (r.name.as_str(), r.salience)).collect::<Vec<_>>());

    let orders = vec![
        Order { id: 1, country: "NL", total_cents: 12_000, items: 9, vip: false },
        Order { id: 2, country: "DE", total_cents: 250_000, items: 2, vip: true },
        Order { id: 3, country: "XX", total_cents: 300_000, items: 12, vip: true },
        Order { id: 4, country: "FR", total_cents: 3_000, items: 1, vip: false },
        Order { id: 5, country: "NL", total_cents: 150_000, items: 40, vip: true },
    ];
    let mut fired: BTreeMap<String, u32> = BTreeMap::new();
    let mut log_lines = 0usize;
    for o in &orders {
        let mut audit = |name: &str, _e: &Effect| {
            *fired.entry(name.to_string()).or_insert(0) += 1;
            log_lines += 1;
        };
        let effects = eng.evaluate(o, &mut audit);
        let pct: u32 = effects.iter().filter_map(|e| if let Effect::Discount(p) = e { Some(*p as u32) } else { None }).sum();
        let shown: Vec<String> = effects.iter().map(ToString::to_string).collect();
        let blocked = effects.iter().any(|e| matches!(e, Effect::Block(_)));
        let final_total = if blocked { 0 } else { o.total_cents * (100 - pct.min(40) as i64) / 100 };
        println!("order {} [{}] -> {} => {}.{:02}", o.id, o.country, shown.join(", "), final_total / 100, final_total % 100);
    }
    println!("fired: {:?} audit lines: {}", fired, log_lines);

    let make_counter = || {
        let mut n = 0;
        move || { n += 1; n }
    };
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    let seq: Vec<i32> = (0..3).map(|_| c1()).chain(std::iter::once(c2())).collect();
    println!("counters: {:?}", seq);
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x * 10 + k) as Box<dyn Fn(i32) -> i32>).collect();
    let folded = adders.iter().fold(0, |acc, f| f(acc));
    println!("folded adders: {}", folded);
}

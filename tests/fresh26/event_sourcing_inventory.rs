use std::collections::BTreeMap;
use std::fmt;

trait Aggregate: Default {
    type Command;
    type Event: Clone + fmt::Debug;
    type Error: fmt::Display;
    fn handle(&self, cmd: &Self::Command) -> Result<Vec<Self::Event>, Self::Error>;
    fn apply(&mut self, ev: &Self::Event);
    fn replay<'a, I>(events: I) -> Self
    where
        I: IntoIterator<Item = &'a Self::Event>,
        Self::Event: 'a,
    {
        let mut s = Self::default();
        for e in events {
            s.apply(e);
        }
        s
    }
}

#[derive(Debug, Clone)]
enum StockEvent {
    Received { sku: String, qty: u32 },
    Shipped { sku: String, qty: u32 },
    Discontinued(String),
}

enum StockCmd<'a> {
    Receive(&'a str, u32),
    Ship(&'a str, u32),
    Discontinue(&'a str),
}

#[derive(Debug)]
enum StockError {
    Insufficient { sku: String, have: u32, want: u32 },
    Unknown(String),
    Dead(String),
}

impl fmt::Display for StockError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            StockError::Insufficient { sku, have, want } => write!(f, "{}: have {}, want {}", sku, have, want),
            StockError::Unknown(s) => write!(f, "unknown sku {}", s),
            StockError::Dead(s) => write!(f, "{} is discontinued", s),
        }
    }
}

#[derive(Default, Debug)]
struct Stock {
    levels: BTreeMap<String, u32>,
    dead: Vec<String>,
    version: u64,
}

impl Aggregate for Stock {
    type Command = StockCmd<'static>;
    type Event = StockEvent;
    type Error = StockError;

    fn handle(&self, cmd: &StockCmd<'static>) -> Result<Vec<StockEvent>, StockError> {
        match *cmd {
            StockCmd::Receive(sku, _) if self.dead.iter().any(|d| d == sku) => Err(StockError::Dead(sku.into())),
            StockCmd::Receive(sku, qty) => Ok(vec![StockEvent::Received { sku: sku.into(), qty }]),
            StockCmd::Ship(sku, qty) => {
                let have = *self.levels.get(sku).ok_or_else(|| StockError::Unknown(sku.into()))?;
                if have < qty {
                    Err(StockError::Insufficient { sku: sku.into(), have, want: qty })
                } else {
                    Ok(vec![StockEvent::Shipped { sku: sku.into(), qty }])
                }
            }
            StockCmd::Discontinue(sku) => {
                let left = self.levels.get(sku).copied().unwrap_or(0);
                let mut evs = Vec::new();
                if left > 0 {
                    evs.push(StockEvent::Shipped { sku: sku.into(), qty: left });
                }
                evs.push(StockEvent::Discontinued(sku.into()));
                Ok(evs)
            }
        }
    }

    fn apply(&mut self, ev: &StockEvent) {
        self.version += 1;
        match ev {
            StockEvent::Received { sku, qty } => *self.levels.entry(sku.clone()).or_insert(0) += qty,
            StockEvent::Shipped { sku, qty } => {
                if let Some(l) = self.levels.get_mut(sku) {
                    *l -= qty;
                }
            }
            StockEvent::Discontinued(sku) => {
                self.levels.remove(sku);
                self.dead.push(sku.clone());
            }
        }
    }
}

struct Store<A: Aggregate> {
    log: Vec<A::Event>,
    state: A,
}

impl<A: Aggregate> Store<A> {
    fn new() -> Self { Store { log: Vec::new(), state: A::default() } }
    fn execute(&mut self, cmd: A::Command) -> Result<usize, A::Error> {
        let evs = self.state.handle(&cmd)?;
        for e in &evs {
            self.state.apply(e);
        }
        let n = evs.len();
        self.log.extend(evs);
        Ok(n)
    }
}

fn main() {
    let mut store: Store<Stock> = Store::new();
    let cmds = vec![
        StockCmd::Receive("apple", 40),
        StockCmd::Receive("pear", 12),
        StockCmd::Ship("apple", 15),
        StockCmd::Ship("pear", 20),
        StockCmd::Ship("plum", 1),
        StockCmd::Receive("plum", 7),
        StockCmd::Discontinue("pear"),
        StockCmd::Receive("pear", 3),
        StockCmd::Ship("apple", 25),
    ];
    for (i, c) in cmds.into_iter().enumerate() {
        match store.execute(c) {
            Ok(n) => println!("#{} ok, {} event(s)", i, n),
            Err(e) => println!("#{} rejected: {}", i, e),
        }
    }
    println!("state: {:?}", store.state);
    for (i, e) in store.log.iter().enumerate() {
        println!("  ev{:02} {:?}", i, e);
    }
    let half = Stock::replay(store.log.iter().take(store.log.len() / 2));
    println!("half replay v{}: {:?}", half.version, half.levels);
    let full = Stock::replay(&store.log);
    println!("full replay matches: {}", full.levels == store.state.levels && full.version == store.state.version);

    let shipped: BTreeMap<&str, u32> = store.log.iter().fold(BTreeMap::new(), |mut acc, e| {
        if let StockEvent::Shipped { sku, qty } = e {
            *acc.entry(sku.as_str()).or_default() += qty;
        }
        acc
    });
    println!("shipped totals: {:?}", shipped);
    let (recv, other): (Vec<&StockEvent>, Vec<&StockEvent>) =
        store.log.iter().partition(|e| matches!(e, StockEvent::Received { qty, .. } if *qty >= 10));
    println!("big receipts={} other={}", recv.len(), other.len());
}

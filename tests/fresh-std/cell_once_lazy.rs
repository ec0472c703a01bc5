// OnceCell and LazyCell: memoized configuration and expensive values computed on first use.
use std::cell::{Cell, LazyCell, OnceCell};
use std::collections::BTreeMap;

struct Parser {
    source: String,
    tokens: OnceCell<Vec<String>>,
    calls: Cell<u32>,
}

impl Parser {
    fn tokens(&self) -> &Vec<String> {
        self.tokens.get_or_init(|| {
            self.calls.set(self.calls.get() + 1);
            println!("  tokenizing {:?}", self.source);
            self.source.split_whitespace().map(String::from).collect()
        })
    }
}

fn main() {
    println!("sizes {} {}", std::mem::size_of::<OnceCell<u32>>(), std::mem::size_of::<OnceCell<String>>());
    let p = Parser { source: "let x = 1".into(), tokens: OnceCell::new(), calls: Cell::new(0) };
    println!("before {:?}", p.tokens.get());
    println!("tokens {:?}", p.tokens());
    println!("again {} calls {}", p.tokens().len(), p.calls.get());
    println!("debug {:?}", p.tokens);

    let cell: OnceCell<u32> = OnceCell::new();
    println!("empty debug {:?}", cell);
    println!("set {:?} set again {:?} get {:?}", cell.set(1), cell.set(2), cell.get());
    let mut cell2 = cell.clone();
    println!("clone {:?} eq {} ", cell2, cell2 == cell);
    if let Some(v) = cell2.get_mut() {
        *v += 100;
    }
    println!("get_mut {:?}", cell2.get());
    let taken = cell2.take();
    println!("take {:?} after take {:?}", taken, cell2);
    let from: OnceCell<&str> = OnceCell::from("ready");
    let dflt: OnceCell<i8> = Default::default();
    println!("from {:?} default {:?}", from, dflt);
    println!("into_inner {:?} {:?}", from.clone().into_inner(), dflt.into_inner());

    let table: LazyCell<BTreeMap<u32, u64>> = LazyCell::new(|| {
        println!("  building table");
        (1..=5).map(|n| (n, (1..=n as u64).product())).collect()
    });
    println!("lazy before {:?} get {:?}", table, LazyCell::get(&table));
    println!("5! = {}", table[&5]);
    println!("len {} get {:?}", table.len(), LazyCell::get(&table).map(|t| t.len()));
    println!("lazy after {:?}", table);

    let mut counter = LazyCell::new(|| {
        println!("  init counter");
        10
    });
    println!("get_mut before {:?}", LazyCell::get_mut(&mut counter));
    *counter += 1;
    *LazyCell::force_mut(&mut counter) += 1;
    println!("counter {} force {}", *counter, LazyCell::force(&counter));
    let d: LazyCell<String> = LazyCell::default();
    println!("default lazy {:?} len {}", d, d.len());
    println!("forced default {:?}", d);
}

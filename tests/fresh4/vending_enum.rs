// Enums with impl blocks, nested enums, @ bindings, let-else, matches!, while let.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
    Dollar,
}

impl Coin {
    fn cents(self) -> u32 {
        match self { Coin::Nickel => 5, Coin::Dime => 10, Coin::Quarter => 25, Coin::Dollar => 100 }
    }
}

#[derive(Debug)]
enum Command {
    Insert(Coin),
    Select { slot: char, row: u8 },
    Refund,
    Service(ServiceOp),
}

#[derive(Debug)]
enum ServiceOp { Restock(u8), Audit }

#[derive(Debug, Default)]
struct Machine {
    balance: u32,
    stock: [u8; 3],
    sales: u32,
    log: Vec<String>,
}

impl Machine {
    fn price(slot: char, row: u8) -> Option<u32> {
        match (slot, row) {
            ('A', r @ 1..=3) => Some(50 + r as u32 * 10),
            ('B', r @ 1..=2) => Some(120 - r as u32 * 5),
            ('C', _) => Some(35),
            _ => None,
        }
    }

    fn handle(&mut self, cmd: Command) {
        let msg = match cmd {
            Command::Insert(c @ (Coin::Quarter | Coin::Dollar)) => {
                self.balance += c.cents();
                format!("big coin {:?}, balance {}", c, self.balance)
            }
            Command::Insert(c) => {
                self.balance += c.cents();
                format!("coin {:?}, balance {}", c, self.balance)
            }
            Command::Select { slot, row } => {
                let Some(price) = Machine::price(slot, row) else {
                    self.log.push(format!("invalid {}{}", slot, row));
                    return;
                };
                let idx = (slot as u8 - b'A') as usize;
                if self.stock[idx] == 0 {
                    format!("{}{} sold out", slot, row)
                } else if self.balance < price {
                    format!("need {} more", price - self.balance)
                } else {
                    self.stock[idx] -= 1;
                    self.balance -= price;
                    self.sales += price;
                    format!("vend {}{} for {}", slot, row, price)
                }
            }
            Command::Refund => {
                let change = self.make_change();
                format!("refund {:?}", change)
            }
            Command::Service(ServiceOp::Restock(n @ 1..=9)) => {
                self.stock.iter_mut().for_each(|s| *s += n);
                format!("restocked +{}", n)
            }
            Command::Service(ServiceOp::Restock(n)) => format!("restock {} rejected", n),
            Command::Service(ServiceOp::Audit) => format!("audit: sales={} stock={:?}", self.sales, self.stock),
        };
        self.log.push(msg);
    }

    fn make_change(&mut self) -> Vec<Coin> {
        let mut coins = vec![Coin::Nickel, Coin::Dime, Coin::Quarter, Coin::Dollar];
        let mut out = Vec::new();
        while let Some(c) = coins.pop() {
            while self.balance >= c.cents() {
                self.balance -= c.cents();
                out.push(c);
            }
        }
        out
    }
}

fn main() {
    let mut m = Machine { stock: [1, 0, 2], ..Default::default() };
    let cmds = vec![
        Command::Insert(Coin::Dollar), Command::Select { slot: 'A', row: 2 },
        Command::Select { slot: 'A', row: 1 }, Command::Select { slot: 'B', row: 1 },
        Command::Select { slot: 'D', row: 1 }, Command::Insert(Coin::Dime),
        Command::Insert(Coin::Quarter), Command::Insert(Coin::Nickel),
        Command::Service(ServiceOp::Restock(12)), Command::Service(ServiceOp::Restock(2)),
        Command::Select { slot: 'C', row: 9 }, Command::Refund, Command::Service(ServiceOp::Audit),
    ];
    let inserts = cmds.iter().filter(|c| matches!(c, Command::Insert(_))).count();
    let big = cmds.iter().filter(|c| matches!(c, Command::Insert(Coin::Dollar | Coin::Quarter))).count();
    println!("inserts={} big={}", inserts, big);
    for c in cmds {
        m.handle(c);
    }
    for (i, line) in m.log.iter().enumerate() {
        println!("{:2}. {}", i + 1, line);
    }
    if let Coin::Dime = Coin::Dime { println!("dime matched") } else { println!("no") }
    println!("{:?}", m);
}

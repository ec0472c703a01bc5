use std::fmt::Debug;

trait State: Debug {
    fn name(&self) -> &'static str;
    fn on_coin(self: Box<Self>, amount: u32) -> Box<dyn State>;
    fn on_push(self: Box<Self>) -> (Box<dyn State>, Option<String>);
    fn credit(&self) -> u32 { 0 }
    fn is_terminal(&self) -> bool { false }
}

const PRICE: u32 = 25;

#[derive(Debug)] struct Locked;
#[derive(Debug)] struct Paying { credit: u32 }
#[derive(Debug)] struct Unlocked { change: u32 }
#[derive(Debug)] struct Broken { reason: String }

impl State for Locked {
    fn name(&self) -> &'static str { "Locked" }
    fn on_coin(self: Box<Self>, amount: u32) -> Box<dyn State> {
        if amount == 0 { Box::new(Broken { reason: "zero coin".into() }) } else { Box::new(Paying { credit: 0 }).on_coin(amount) }
    }
    fn on_push(self: Box<Self>) -> (Box<dyn State>, Option<String>) { (self, Some("it's locked".into())) }
}

impl State for Paying {
    fn name(&self) -> &'static str { "Paying" }
    fn credit(&self) -> u32 { self.credit }
    fn on_coin(self: Box<Self>, amount: u32) -> Box<dyn State> {
        let c = self.credit + amount;
        if c >= PRICE { Box::new(Unlocked { change: c - PRICE }) } else { Box::new(Paying { credit: c }) }
    }
    fn on_push(self: Box<Self>) -> (Box<dyn State>, Option<String>) {
        let msg = format!("need {} more", PRICE - self.credit);
        (self, Some(msg))
    }
}

impl State for Unlocked {
    fn name(&self) -> &'static str { "Unlocked" }
    fn on_coin(self: Box<Self>, amount: u32) -> Box<dyn State> { Box::new(Unlocked { change: self.change + amount }) }
    fn on_push(self: Box<Self>) -> (Box<dyn State>, Option<String>) {
        let msg = if self.change > 0 { Some(format!("pass, refund {}", self.change)) } else { Some("pass".into()) };
        (Box::new(Locked), msg)
    }
}

impl State for Broken {
    fn name(&self) -> &'static str { "Broken" }
    fn on_coin(self: Box<Self>, _: u32) -> Box<dyn State> { self }
    fn on_push(self: Box<Self>) -> (Box<dyn State>, Option<String>) { let r = self.reason.clone(); (self, Some(format!("broken: {}", r))) }
    fn is_terminal(&self) -> bool { true }
}

#[derive(Debug, Clone, Copy)]
enum Input { Coin(u32), Push }

fn main() {
    let inputs = [Input::Push, Input::Coin(10), Input::Push, Input::Coin(10), Input::Coin(10), Input::Coin(5),
        Input::Push, Input::Coin(25), Input::Push, Input::Push, Input::Coin(0), Input::Push, Input::Coin(5)];
    let mut st: Box<dyn State> = Box::new(Locked);
    let mut passes = 0;
    let mut trace: Vec<&'static str> = vec![st.name()];
    for (i, inp) in inputs.iter().enumerate() {
        let before = st.name();
        let msg;
        (st, msg) = match *inp {
            Input::Coin(a) => (st.on_coin(a), None),
            Input::Push => st.on_push(),
        };
        if let Some(m) = &msg { if m.starts_with("pass") { passes += 1; } }
        println!("{:>2} {:<9} {:>8} -> {:<8} credit={:<3} {}", i, format!("{:?}", inp), before, st.name(), st.credit(), msg.unwrap_or_default());
        if trace.last() != Some(&st.name()) { trace.push(st.name()); }
        if st.is_terminal() && i + 1 < inputs.len() {
            println!("terminal state reached, {} inputs left", inputs.len() - i - 1);
            break;
        }
    }
    println!("passes={} final={:?}", passes, st);
    println!("trace: {}", trace.join(" > "));
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Phase {
    Created,
    Paid,
    Shipped,
    Delivered,
}

struct Order {
    id: u32,
    phase: Phase,
}

struct AuditGuard<'a> {
    order_id: u32,
    log: &'a str,
}

impl Drop for AuditGuard<'_> {
    fn drop(&mut self) {
        println!("[audit] leaving {} for order {}", self.log, self.order_id);
    }
}

impl Order {
    fn advance(&mut self, to: Phase) {
        let _guard = AuditGuard { order_id: self.id, log: "advance" };
        let allowed = matches!(
            (self.phase, to),
            (Phase::Created, Phase::Paid) | (Phase::Paid, Phase::Shipped) | (Phase::Shipped, Phase::Delivered)
        );
        if !allowed {
            panic!("order #{}: invalid transition {:?} -> {:?}", self.id, self.phase, to);
        }
        println!("order #{}: {:?} -> {:?}", self.id, self.phase, to);
        self.phase = to;
    }
}

fn main() {
    let mut a = Order { id: 17, phase: Phase::Created };
    a.advance(Phase::Paid);
    a.advance(Phase::Shipped);
    a.advance(Phase::Delivered);
    let mut b = Order { id: 18, phase: Phase::Created };
    b.advance(Phase::Paid);
    b.advance(Phase::Delivered);
    println!("not reached");
}

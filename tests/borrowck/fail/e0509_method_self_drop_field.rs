struct Transaction {
    ops: Vec<String>,
    committed: bool,
}

impl Drop for Transaction {
    fn drop(&mut self) {
        if !self.committed {
            println!("rolling back {} ops", self.ops.len());
        }
    }
}

impl Transaction {
    fn into_ops(self) -> Vec<String> {
        self.ops
    }
}

fn main() {
    let t = Transaction { ops: vec!["insert".into()], committed: false };
    println!("{:?}", t.into_ops());
}

struct Transaction {
    ops: Option<Vec<String>>,
}

impl Drop for Transaction {
    fn drop(&mut self) {
        match &self.ops {
            Some(ops) => println!("rolling back {} ops", ops.len()),
            None => println!("committed"),
        }
    }
}

impl Transaction {
    fn commit(mut self) -> Vec<String> {
        self.ops.take().unwrap_or_default()
    }
}

fn main() {
    let t = Transaction { ops: Some(vec!["insert".into(), "update".into()]) };
    let done = t.commit();
    println!("{:?}", done);
    let _t2 = Transaction { ops: Some(vec!["delete".into()]) };
    println!("end of main");
}

use std::sync::mpsc;

fn main() {
    let (sender, _receiver) = mpsc::channel();
    drop(sender);
}

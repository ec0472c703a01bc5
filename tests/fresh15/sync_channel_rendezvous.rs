use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::thread;

#[derive(Debug)]
enum Ball {
    Ping(u32),
    Pong(u32),
    Stop,
}

fn player(name: &'static str, rx: Receiver<Ball>, tx: SyncSender<Ball>, serve: bool, rounds: u32) -> Vec<String> {
    let mut log = Vec::new();
    if serve {
        tx.send(Ball::Ping(1)).unwrap();
        log.push(format!("{} serves 1", name));
    }
    while let Ok(ball) = rx.recv() {
        match ball {
            Ball::Ping(n) => {
                log.push(format!("{} got ping {}", name, n));
                if tx.send(Ball::Pong(n)).is_err() {
                    break;
                }
            }
            Ball::Pong(n) => {
                log.push(format!("{} got pong {}", name, n));
                let next = if n < rounds { Ball::Ping(n + 1) } else { Ball::Stop };
                if tx.send(next).is_err() {
                    break;
                }
            }
            Ball::Stop => {
                log.push(format!("{} stops", name));
                break;
            }
        }
    }
    log
}

fn main() {
    // Buffered sync channel: deterministic fill-up in a single thread.
    let (tx, rx) = mpsc::sync_channel::<String>(2);
    let mut accepted = Vec::new();
    for word in ["one", "two", "three", "four"] {
        match tx.try_send(word.to_string()) {
            Ok(()) => accepted.push(word),
            Err(TrySendError::Full(w)) => println!("buffer full, rejected {:?}", w),
            Err(TrySendError::Disconnected(w)) => println!("disconnected, rejected {:?}", w),
        }
    }
    println!("accepted: {:?}", accepted);
    println!("drained: {:?}", rx.try_iter().collect::<Vec<_>>());
    drop(rx);
    match tx.try_send("late".into()) {
        Err(TrySendError::Disconnected(w)) => println!("after receiver drop: Disconnected({})", w),
        other => println!("unexpected: {:?}", other),
    }
    println!("send after drop is_err: {}", tx.send("x".into()).is_err());

    // Rendezvous (capacity 0) ping-pong between two threads.
    let (a_tx, a_rx) = mpsc::sync_channel::<Ball>(0);
    let (b_tx, b_rx) = mpsc::sync_channel::<Ball>(0);
    let alice = thread::spawn(move || player("alice", a_rx, b_tx, true, 4));
    let bob = thread::spawn(move || player("bob", b_rx, a_tx, false, 4));
    let alice_log = alice.join().unwrap();
    let bob_log = bob.join().unwrap();
    println!("alice: {:?}", alice_log);
    println!("bob:   {:?}", bob_log);

    // Bounded channel as back-pressure between a fast producer and a summing consumer.
    let (tx, rx) = mpsc::sync_channel::<Vec<u32>>(1);
    let producer = thread::spawn(move || {
        let mut batches = 0;
        for start in (0..100).step_by(10) {
            tx.send((start..start + 10).collect()).unwrap();
            batches += 1;
        }
        batches
    });
    let consumer = thread::spawn(move || {
        let mut sums = Vec::new();
        for batch in rx {
            sums.push(batch.iter().sum::<u32>());
        }
        sums
    });
    let batches = producer.join().unwrap();
    let sums = consumer.join().unwrap();
    println!("batches: {}, sums: {:?}, total: {}", batches, sums, sums.iter().sum::<u32>());
    assert_eq!(sums.iter().sum::<u32>(), (0..100).sum());
}

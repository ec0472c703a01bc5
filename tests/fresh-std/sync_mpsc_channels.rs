use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError, TrySendError};
use std::thread;
use std::time::Duration;

#[derive(Debug)]
enum Job {
    Work(u32),
    Stop,
}

fn main() {
    // several producers, one consumer
    let (tx, rx) = mpsc::channel();
    let mut producers = Vec::new();
    for id in 0..3 {
        let tx = tx.clone();
        producers.push(thread::spawn(move || {
            for j in 0..3 {
                tx.send(id * 100 + j).unwrap();
            }
        }));
    }
    drop(tx);
    for p in producers {
        p.join().unwrap();
    }
    let mut received: Vec<i32> = rx.iter().collect();
    received.sort();
    println!("received {:?}", received);
    println!("after senders gone: {:?} {:?}", rx.try_recv(), rx.recv());

    // a worker fed through a channel, answering on another
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let (res_tx, res_rx) = mpsc::channel();
    let worker = thread::spawn(move || {
        for job in job_rx {
            match job {
                Job::Work(n) => res_tx.send(n * n).unwrap(),
                Job::Stop => break,
            }
        }
        "worker done"
    });
    for n in 1..=4 {
        job_tx.send(Job::Work(n)).unwrap();
    }
    job_tx.send(Job::Stop).unwrap();
    let squares: Vec<u32> = (0..4).map(|_| res_rx.recv().unwrap()).collect();
    println!("squares {:?} / {}", squares, worker.join().unwrap());
    println!("send after stop: {:?}", job_tx.send(Job::Work(9)).map_err(|e| format!("{e}: {:?}", e.0)));

    // empty and timeouts
    let (tx, rx) = mpsc::channel::<String>();
    println!("{:?} / {}", rx.try_recv(), TryRecvError::Empty);
    println!("{:?}", rx.recv_timeout(Duration::from_millis(10)));
    let late = thread::spawn(move || {
        thread::sleep(Duration::from_millis(5));
        tx.send("late".to_string()).unwrap();
    });
    println!("{:?}", rx.recv_timeout(Duration::from_millis(100)));
    late.join().unwrap();
    println!("{:?} / {}", rx.recv_timeout(Duration::from_millis(1)), RecvTimeoutError::Disconnected);

    // a bounded channel
    let (stx, srx) = mpsc::sync_channel(2);
    stx.send(1).unwrap();
    stx.try_send(2).unwrap();
    match stx.try_send(3) {
        Err(TrySendError::Full(v)) => println!("full, got back {v}"),
        other => println!("unexpected {:?}", other),
    }
    let sender = thread::spawn(move || {
        for i in 3..6 {
            stx.send(i).unwrap();
        }
    });
    let got: Vec<i32> = srx.iter().collect();
    sender.join().unwrap();
    println!("bounded got {:?}", got);

    // a rendezvous channel
    let (rtx, rrx) = mpsc::sync_channel::<&str>(0);
    println!("rendezvous try_send: {:?}", rtx.try_send("now"));
    let t = thread::spawn(move || {
        rtx.send("hand-off").unwrap();
        "sent"
    });
    println!("rendezvous recv {:?} / {}", rrx.recv(), t.join().unwrap());
    println!("{:?}", rrx.recv());

    // try_iter drains without blocking
    let (tx, rx) = mpsc::channel();
    for i in 0..5 {
        tx.send(i).unwrap();
    }
    println!("try_iter {:?}", rx.try_iter().collect::<Vec<_>>());
    println!("{:?} {:?} {}", tx, rx, mpsc::RecvError);
    drop(rx);
    println!("{:?}", tx.send(7));
    let (stx, srx) = mpsc::sync_channel::<u8>(1);
    drop(srx);
    println!("{:?} {}", stx.try_send(1), stx.try_send(1).unwrap_err());
}

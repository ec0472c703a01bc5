use std::collections::BTreeMap;
use std::fmt;
use std::sync::mpsc::{self, RecvError, TryRecvError};
use std::thread;

#[derive(Debug, Clone, PartialEq)]
enum Msg {
    Reading { sensor: String, seq: u32, value: f64 },
    Alert { sensor: String, code: u16 },
    Done { sensor: String, sent: u32 },
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Msg::Reading { sensor, seq, value } => write!(f, "{}#{}={:.2}", sensor, seq, value),
            Msg::Alert { sensor, code } => write!(f, "{} ALERT {}", sensor, code),
            Msg::Done { sensor, sent } => write!(f, "{} done ({} readings)", sensor, sent),
        }
    }
}

#[derive(Default, Debug)]
struct SensorSummary {
    readings: u32,
    total: f64,
    alerts: Vec<u16>,
    last_seq: Option<u32>,
    in_order: bool,
    done: bool,
}

fn main() {
    let (tx, rx) = mpsc::channel::<Msg>();
    match rx.try_recv() {
        Err(TryRecvError::Empty) => println!("try_recv before sending: Empty"),
        other => println!("unexpected: {:?}", other),
    }

    let sensors = ["boiler", "intake", "exhaust", "pump"];
    let mut handles = Vec::new();
    for (i, name) in sensors.iter().enumerate() {
        let tx = tx.clone();
        let name = name.to_string();
        handles.push(thread::spawn(move || {
            let count = 5 + i as u32 * 3;
            for seq in 0..count {
                let value = (seq as f64 * 1.5) + (i as f64 * 10.0);
                tx.send(Msg::Reading { sensor: name.clone(), seq, value }).unwrap();
                if value > 20.0 && seq % 4 == 0 {
                    tx.send(Msg::Alert { sensor: name.clone(), code: 400 + seq as u16 }).unwrap();
                }
            }
            tx.send(Msg::Done { sensor: name, sent: count }).unwrap();
            count
        }));
    }
    drop(tx); // only the clones remain; iteration ends when all producers finish

    let mut summaries: BTreeMap<String, SensorSummary> = BTreeMap::new();
    let mut total_msgs = 0;
    let mut all_rendered: Vec<String> = Vec::new();
    for msg in rx.iter() {
        total_msgs += 1;
        all_rendered.push(msg.to_string());
        match msg {
            Msg::Reading { sensor, seq, value } => {
                let s = summaries.entry(sensor).or_insert_with(|| SensorSummary { in_order: true, ..Default::default() });
                if let Some(prev) = s.last_seq {
                    s.in_order &= seq == prev + 1;
                }
                s.last_seq = Some(seq);
                s.readings += 1;
                s.total += value;
            }
            Msg::Alert { sensor, code } => summaries.entry(sensor).or_default().alerts.push(code),
            Msg::Done { sensor, sent } => {
                let s = summaries.entry(sensor).or_default();
                s.done = s.readings == sent;
            }
        }
    }
    let sent: u32 = handles.into_iter().map(|h| h.join().unwrap()).sum();

    println!("messages received: {}, readings sent: {}", total_msgs, sent);
    for (name, s) in &summaries {
        println!(
            "{:<8} readings={:<3} total={:>7.2} in_order={} done={} alerts={:?}",
            name, s.readings, s.total, s.in_order, s.done, s.alerts
        );
    }
    all_rendered.sort();
    println!("first three by content: {:?}", &all_rendered[..3]);
    println!("last by content: {}", all_rendered.last().unwrap());

    assert_eq!(rx.recv(), Err(RecvError));
    println!("recv after all senders dropped: {:?}", rx.recv());
    match rx.try_recv() {
        Err(TryRecvError::Disconnected) => println!("try_recv after drop: Disconnected"),
        other => println!("unexpected: {:?}", other),
    }
}

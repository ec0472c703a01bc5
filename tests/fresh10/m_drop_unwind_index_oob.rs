struct Step {
    id: u32,
    label: String,
}

impl Drop for Step {
    fn drop(&mut self) {
        println!("cleanup step {} ({})", self.id, self.label);
    }
}

struct Batch {
    steps: Vec<Step>,
    name: &'static str,
}

impl Drop for Batch {
    fn drop(&mut self) {
        println!("cleanup batch {} with {} steps", self.name, self.steps.len());
    }
}

fn lookup(table: &[u32], idx: usize) -> u32 {
    let _probe = Step { id: 99, label: format!("probe idx {}", idx) };
    println!("looking up index {} in table of {}", idx, table.len());
    table[idx]
}

fn process(batch: &Batch, table: &[u32]) -> u32 {
    let mut acc = 0;
    for s in &batch.steps {
        let _local = Step { id: s.id + 100, label: "temp".into() };
        let v = lookup(table, s.id as usize);
        println!("step {} -> value {}", s.id, v);
        acc += v;
    }
    acc
}

fn main() {
    let _first = Step { id: 0, label: "main guard".into() };
    let table = vec![10u32, 20, 30];
    let ok = Batch {
        name: "ok",
        steps: vec![
            Step { id: 1, label: "a".into() },
            Step { id: 2, label: "b".into() },
        ],
    };
    let sum = process(&ok, &table);
    println!("ok batch sum = {}", sum);
    drop(ok);

    let boxed_note = Box::new(Step { id: 7, label: "boxed".into() });
    let bad = Batch {
        name: "bad",
        steps: vec![
            Step { id: 2, label: "c".into() },
            Step { id: 5, label: "d".into() },
        ],
    };
    println!("processing bad batch (will panic)");
    let sum2 = process(&bad, &table);
    println!("unreachable {} {}", sum2, boxed_note.id);
}

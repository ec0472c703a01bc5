// Option<&mut T> built from locals.
#[derive(Debug)]
struct Account {
    owner: &'static str,
    balance: i64,
}

fn richest<'a>(accts: &'a mut [Account]) -> Option<&'a mut Account> {
    accts.iter_mut().max_by_key(|a| a.balance)
}

fn deposit(target: Option<&mut Account>, amount: i64) -> bool {
    match target {
        Some(acc) => {
            acc.balance += amount;
            true
        }
        None => false,
    }
}

fn pick<'a>(flag: bool, a: &'a mut i32, b: &'a mut i32) -> Option<&'a mut i32> {
    if flag { Some(a) } else { Some(b) }
}

fn main() {
    let mut x = 10;
    let mut y = 20;
    for i in 0..4 {
        if let Some(r) = pick(i % 2 == 0, &mut x, &mut y) {
            *r += i * 5;
        }
        println!("i={} x={} y={}", i, x, y);
    }

    let mut maybe: Option<&mut i32> = Some(&mut x);
    if let Some(v) = maybe.as_deref_mut() {
        *v *= 3;
    }
    if let Some(v) = maybe.as_mut() {
        **v += 1;
    }
    let taken = maybe.take();
    println!("taken is some: {}, maybe is none: {}", taken.is_some(), maybe.is_none());
    if let Some(v) = taken {
        *v -= 2;
    }
    println!("x = {}", x);

    let mut accounts = [
        Account { owner: "ann", balance: 120 },
        Account { owner: "bob", balance: 300 },
        Account { owner: "cat", balance: 75 },
    ];
    for round in 0..3 {
        let r = richest(&mut accounts);
        let name = r.as_ref().map(|a| a.owner).unwrap_or("none");
        let ok = deposit(r, -100);
        println!("round {}: taxed richest {} ok={}", round, name, ok);
    }
    let nobody: Option<&mut Account> = None;
    println!("deposit to nobody: {}", deposit(nobody, 5));
    println!("accounts = {:?}", accounts);

    // Option<&mut> stored in a local and replaced inside a loop.
    let mut a = 1u32;
    let mut b = 2u32;
    let mut c = 3u32;
    {
        let mut slots: [Option<&mut u32>; 3] = [Some(&mut a), None, Some(&mut c)];
        slots[1] = Some(&mut b);
        for round in 0..3u32 {
            for (k, slot) in slots.iter_mut().enumerate() {
                if let Some(v) = slot {
                    **v = **v * 2 + round + k as u32;
                }
            }
        }
        let removed = slots[0].take();
        println!("removed slot 0 value = {:?}", removed.map(|v| *v));
    }
    println!("a={} b={} c={}", a, b, c);

    // get_mut on a local array returns Option<&mut T>.
    let mut arr = [5, 6, 7];
    for idx in [0usize, 2, 5] {
        match arr.get_mut(idx) {
            Some(v) => {
                *v += 100;
                println!("index {} updated to {}", idx, v);
            }
            None => println!("index {} out of range", idx),
        }
    }
    println!("arr = {:?}", arr);
}

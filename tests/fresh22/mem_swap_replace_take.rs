// std::mem::swap / replace / take on local variables.
use std::mem;

#[derive(Debug, Default, Clone, PartialEq)]
struct Buffer {
    label: String,
    items: Vec<i32>,
}

fn rotate3(a: &mut i32, b: &mut i32, c: &mut i32) {
    mem::swap(a, b);
    mem::swap(b, c);
}

fn main() {
    let mut x = 10;
    let mut y = 20;
    println!("before swap: x={} y={}", x, y);
    mem::swap(&mut x, &mut y);
    println!("after swap:  x={} y={}", x, y);

    let mut p = 1;
    let mut q = 2;
    let mut r = 3;
    for i in 0..4 {
        rotate3(&mut p, &mut q, &mut r);
        println!("rotate {}: p={} q={} r={}", i, p, q, r);
    }

    let mut name = String::from("first");
    let old = mem::replace(&mut name, String::from("second"));
    println!("replace: old={:?} new={:?}", old, name);

    let mut list = vec![1, 2, 3, 4];
    let taken = mem::take(&mut list);
    println!("take: taken={:?} left={:?} (len {})", taken, list, list.len());
    list.push(99);
    println!("list reused: {:?}", list);

    let mut front = Buffer { label: "front".into(), items: vec![1, 2, 3] };
    let mut back = Buffer { label: "back".into(), items: vec![7, 8] };
    for frame in 0..5 {
        front.items.push(frame * 10);
        mem::swap(&mut front, &mut back);
        println!("frame {}: front={:?} back={:?}", frame, front, back);
    }

    let drained = mem::take(&mut front);
    println!("drained {:?}; front now default: {}", drained, front == Buffer::default());

    let mut slot: Option<Buffer> = Some(back.clone());
    let got = slot.take();
    println!("slot after take: {:?}; got label {:?}", slot, got.map(|b| b.label));
    let prev = mem::replace(&mut slot, Some(Buffer { label: "fresh".into(), items: vec![] }));
    println!("prev={:?} slot={:?}", prev, slot);

    // Swap elements of a local array through split references.
    let mut arr = [5, 4, 3, 2, 1, 0];
    let n = arr.len();
    for i in 0..n / 2 {
        let (left, right) = arr.split_at_mut(n - 1 - i);
        mem::swap(&mut left[i], &mut right[0]);
    }
    println!("reversed via mem::swap: {:?}", arr);

    let mut acc = 0u64;
    for v in arr.iter_mut() {
        let old = mem::replace(v, *v * *v);
        acc += old as u64;
    }
    println!("squared: {:?}, sum of old = {}", arr, acc);
    let total = mem::take(&mut acc);
    println!("total={} acc={}", total, acc);
}

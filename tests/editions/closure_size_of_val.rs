// editions: 2015 2018 2021 2024
// Closure sizes: a `move` closure reading one small field of a Copy struct captures just that field
// from 2021 (1 byte) but copies the whole variable before (40 bytes); by-reference captures are one
// pointer per captured place from 2021 (16 bytes for two fields), one per variable before (8 bytes).
use std::mem::size_of_val;

#[derive(Clone, Copy)]
struct Frame {
    kind: u8,
    payload: [u64; 4],
}

struct Pair {
    left: String,
    right: u64,
    flag: u8,
}

fn main() {
    let f = Frame { kind: 2, payload: [1, 2, 3, 4] };
    let is_data = move || f.kind == 2;
    println!("move, one u8 field: {} bytes -> {}", size_of_val(&is_data), is_data());

    let p = Pair { left: String::from("x"), right: 7, flag: 1 };
    let score = || p.right + p.flag as u64;
    println!("ref, two fields:    {} bytes -> {}", size_of_val(&score), score());

    let whole = || p.left.len() as u64 + p.right;
    println!("ref, other fields:  {} bytes -> {}", size_of_val(&whole), whole());

    let t = (1u16, f.payload);
    let head = move || t.0 * 3;
    println!("move, tuple.0:      {} bytes -> {}", size_of_val(&head), head());
}

// Assignments evaluate right to left: the right side's `Index` borrow ends before the left side's
// `IndexMut` borrow starts, so none of these conflict.
use std::collections::HashMap;

struct Grid {
    cells: Vec<Vec<i32>>,
}

fn rotate(v: &mut Vec<u64>) {
    let t = v[0];
    for i in 1..v.len() {
        v[i - 1] = v[i];
    }
    let last = v.len() - 1;
    v[last] = t;
}

fn main() {
    let mut v = vec![1u64, 2, 3, 4];
    v[0] = v[3];
    v[1] += v[0];
    rotate(&mut v);
    println!("{:?}", v);

    let mut g = Grid { cells: vec![vec![1, 2], vec![3, 4]] };
    g.cells[0][1] = g.cells[1][0] * 10;
    g.cells[1][1] -= g.cells[0][0];
    println!("{:?}", g.cells);

    let mut names = vec![String::from("a"), String::from("b")];
    names[0] = names[1].clone() + "!";
    println!("{:?}", names);

    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("x", 1);
    m.insert("y", 2);
    *m.get_mut("x").unwrap() = m["y"] + 40;
    println!("{}", m["x"]);
}

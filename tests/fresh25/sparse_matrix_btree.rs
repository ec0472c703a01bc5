use std::collections::BTreeMap;
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Debug, Clone, PartialEq, Default)]
struct Sparse {
    rows: usize,
    cols: usize,
    data: BTreeMap<(usize, usize), i64>,
}

static ZERO: i64 = 0;

impl Sparse {
    fn new(rows: usize, cols: usize) -> Self {
        Sparse { rows, cols, data: BTreeMap::new() }
    }
    fn from_triples(rows: usize, cols: usize, t: &[(usize, usize, i64)]) -> Self {
        let mut m = Sparse::new(rows, cols);
        for &(r, c, v) in t {
            m[(r, c)] += v;
        }
        m.prune();
        m
    }
    fn prune(&mut self) {
        self.data.retain(|_, v| *v != 0);
    }
    fn row(&self, r: usize) -> impl Iterator<Item = (usize, i64)> + '_ {
        self.data.range((r, 0)..(r + 1, 0)).map(|(&(_, c), &v)| (c, v))
    }
    fn transpose(&self) -> Sparse {
        let mut t = Sparse::new(self.cols, self.rows);
        for (&(r, c), &v) in &self.data {
            t.data.insert((c, r), v);
        }
        t
    }
    fn nnz(&self) -> usize {
        self.data.len()
    }
    fn density(&self) -> f64 {
        self.nnz() as f64 / (self.rows * self.cols) as f64
    }
}

impl Index<(usize, usize)> for Sparse {
    type Output = i64;
    fn index(&self, idx: (usize, usize)) -> &i64 {
        assert!(idx.0 < self.rows && idx.1 < self.cols, "index {:?} outside {}x{}", idx, self.rows, self.cols);
        self.data.get(&idx).unwrap_or(&ZERO)
    }
}

impl IndexMut<(usize, usize)> for Sparse {
    fn index_mut(&mut self, idx: (usize, usize)) -> &mut i64 {
        assert!(idx.0 < self.rows && idx.1 < self.cols);
        self.data.entry(idx).or_insert(0)
    }
}

impl<'a> Add for &'a Sparse {
    type Output = Sparse;
    fn add(self, o: &Sparse) -> Sparse {
        let mut out = self.clone();
        for (&k, &v) in &o.data {
            *out.data.entry(k).or_insert(0) += v;
        }
        out.prune();
        out
    }
}

impl<'a> Mul for &'a Sparse {
    type Output = Sparse;
    fn mul(self, o: &Sparse) -> Sparse {
        assert_eq!(self.cols, o.rows);
        let mut out = Sparse::new(self.rows, o.cols);
        for (&(r, k), &a) in &self.data {
            for (c, b) in o.row(k) {
                *out.data.entry((r, c)).or_default() += a * b;
            }
        }
        out.prune();
        out
    }
}

impl fmt::Display for Sparse {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let cells: Vec<String> = (0..self.cols)
                .map(|c| match self.data.get(&(r, c)) {
                    Some(v) => format!("{:>4}", v),
                    None => format!("{:>4}", "."),
                })
                .collect();
            writeln!(f, "|{} |", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Sparse::from_triples(4, 5, &[(0, 0, 2), (0, 4, -1), (1, 2, 3), (2, 1, 7), (3, 3, 1), (3, 4, 5), (1, 2, -3)]);
    let b = Sparse::from_triples(5, 3, &[(0, 0, 1), (1, 1, 2), (2, 2, 4), (3, 0, -2), (4, 1, 1), (4, 2, 1)]);
    println!("A ({} nnz, density {:.2}):\n{}", a.nnz(), a.density(), a);
    println!("B:\n{}", b);
    let c = &a * &b;
    println!("A*B:\n{}", c);
    let at = a.transpose();
    println!("A^T:\n{}", at);
    let s = &c + &Sparse::from_triples(4, 3, &[(0, 1, 1), (3, 1, -3), (2, 0, 4)]);
    println!("A*B + D:\n{}", s);
    for r in 0..s.rows {
        let entries: Vec<String> = s.row(r).map(|(c, v)| format!("{}:{}", c, v)).collect();
        let sum: i64 = s.row(r).map(|(_, v)| v).sum();
        println!("row {} -> [{}] sum={:+}", r, entries.join(", "), sum);
    }
    let mut m = s.clone();
    m[(1, 1)] = 9;
    m[(0, 0)] -= 2;
    m.prune();
    println!("edited equals original? {}", m == s);
    println!("m[(1,1)]={} m[(0,0)]={} m[(2,2)]={}", m[(1, 1)], m[(0, 0)], m[(2, 2)]);
    let keys: Vec<_> = m.data.range((1, 0)..=(2, 2)).map(|(k, _)| *k).collect();
    println!("keys in rows 1..=2: {:?}", keys);
    let trace: i64 = (0..m.rows.min(m.cols)).map(|i| m[(i, i)]).sum();
    println!("trace = {}", trace);
}

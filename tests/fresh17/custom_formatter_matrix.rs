use std::fmt;
use std::ops::Mul;

#[derive(Clone, Debug, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize, data: Vec<f64>) -> Self {
        assert_eq!(data.len(), rows * cols, "dimension mismatch");
        Matrix { rows, cols, data }
    }
    fn identity(n: usize) -> Self {
        let mut data = vec![0.0; n * n];
        for i in 0..n {
            data[i * n + i] = 1.0;
        }
        Matrix::new(n, n, data)
    }
    fn get(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }
    fn cleaned(&self) -> Matrix {
        let data = self.data.iter().map(|v| if v.abs() < 1e-12 { 0.0 } else { *v }).collect();
        Matrix::new(self.rows, self.cols, data)
    }
    fn transpose(&self) -> Matrix {
        let mut data = Vec::with_capacity(self.data.len());
        for c in 0..self.cols {
            for r in 0..self.rows {
                data.push(self.get(r, c));
            }
        }
        Matrix::new(self.cols, self.rows, data)
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
        let mut data = vec![0.0; self.rows * rhs.cols];
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                data[i * rhs.cols + j] = (0..self.cols).map(|k| self.get(i, k) * rhs.get(k, j)).sum();
            }
        }
        Matrix::new(self.rows, rhs.cols, data)
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prec = f.precision().unwrap_or(2);
        let cells: Vec<String> = self.data.iter().map(|v| format!("{:.*}", prec, v)).collect();
        let natural = cells.iter().map(|s| s.len()).max().unwrap_or(1);
        let w = f.width().unwrap_or(natural).max(natural);
        if f.alternate() {
            // single-line form: [a, b; c, d]
            write!(f, "[")?;
            for r in 0..self.rows {
                if r > 0 {
                    write!(f, "; ")?;
                }
                let row: Vec<&str> = cells[r * self.cols..(r + 1) * self.cols].iter().map(|s| s.as_str()).collect();
                write!(f, "{}", row.join(", "))?;
            }
            return write!(f, "]");
        }
        for r in 0..self.rows {
            let (l, rt) = match (r, self.rows) {
                (_, 1) => ('[', ']'),
                (0, _) => ('┌', '┐'),
                (x, n) if x == n - 1 => ('└', '┘'),
                _ => ('│', '│'),
            };
            write!(f, "{} ", l)?;
            for c in 0..self.cols {
                write!(f, "{:>w$} ", cells[r * self.cols + c], w = w)?;
            }
            writeln!(f, "{}", rt)?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::new(2, 3, vec![1.0, -2.5, 3.25, 0.0, 4.125, -1.0 / 3.0]);
    let b = a.transpose();
    println!("A (default):\n{}", a);
    println!("A (.4):\n{:.4}", a);
    println!("A (width 9, .1):\n{:9.1}", a);
    println!("A^T alt: {:#}", b);
    println!("A^T alt .0: {:#.0}", b);
    let p = &a * &b;
    println!("A*A^T:\n{:.3}", p);
    let i3 = Matrix::identity(3);
    let same = &b * &Matrix::identity(2);
    println!("B*I == B: {}", same == b);
    println!("I3:\n{:6.0}", i3);
    let rot = |t: f64| Matrix::new(2, 2, vec![t.cos(), -t.sin(), t.sin(), t.cos()]);
    let r = &rot(std::f64::consts::FRAC_PI_6) * &rot(std::f64::consts::FRAC_PI_3);
    println!("rot(30)*rot(60) = {:#.6}", r.cleaned());
    let trace: f64 = (0..p.rows).map(|i| p.get(i, i)).sum();
    println!("trace(A*A^T) = {:.5}, as debug: {:?}", trace, Matrix::new(1, 2, vec![1.5, 2.0]));
    let row = Matrix::new(1, 4, vec![1.0, 10.0, 100.0, 1000.0]);
    print!("row: {:.1}", row);
}

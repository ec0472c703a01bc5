use std::fmt;

#[derive(Clone, Debug, PartialEq)]
struct Matrix {
    rows: Vec<Vec<f64>>,
}

impl Matrix {
    fn new(rows: Vec<Vec<f64>>) -> Self {
        let n = rows.len();
        assert!(rows.iter().all(|r| r.len() == n), "matrix must be square");
        Matrix { rows }
    }

    fn identity(n: usize) -> Self {
        Matrix::new((0..n).map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect()).collect())
    }

    fn size(&self) -> usize {
        self.rows.len()
    }

    fn minor(&self, skip_row: usize, skip_col: usize) -> Matrix {
        Matrix {
            rows: self
                .rows
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip_row)
                .map(|(_, r)| r.iter().enumerate().filter(|(j, _)| *j != skip_col).map(|(_, v)| *v).collect())
                .collect(),
        }
    }

    fn det_cofactor(&self) -> f64 {
        match self.size() {
            0 => 1.0,
            1 => self.rows[0][0],
            2 => self.rows[0][0] * self.rows[1][1] - self.rows[0][1] * self.rows[1][0],
            n => (0..n)
                .map(|j| {
                    let sign = if j % 2 == 0 { 1.0 } else { -1.0 };
                    sign * self.rows[0][j] * self.minor(0, j).det_cofactor()
                })
                .sum(),
        }
    }

    fn det_gauss(&self) -> f64 {
        let mut m = self.rows.clone();
        let n = m.len();
        let mut det = 1.0;
        for col in 0..n {
            let pivot = (col..n).max_by(|&a, &b| m[a][col].abs().partial_cmp(&m[b][col].abs()).unwrap()).unwrap();
            if m[pivot][col].abs() < 1e-12 {
                return 0.0;
            }
            if pivot != col {
                m.swap(pivot, col);
                det = -det;
            }
            det *= m[col][col];
            for r in col + 1..n {
                let factor = m[r][col] / m[col][col];
                for c in col..n {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        det
    }

    fn mul(&self, other: &Matrix) -> Matrix {
        let n = self.size();
        let mut out = vec![vec![0.0; n]; n];
        for i in 0..n {
            for j in 0..n {
                out[i][j] = (0..n).map(|k| self.rows[i][k] * other.rows[k][j]).sum();
            }
        }
        Matrix { rows: out }
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|v| format!("{:7.2}", v)).collect();
            writeln!(f, "|{} |", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let mats = vec![
        Matrix::new(vec![vec![4.0]]),
        Matrix::new(vec![vec![3.0, 8.0], vec![4.0, 6.0]]),
        Matrix::new(vec![vec![6.0, 1.0, 1.0], vec![4.0, -2.0, 5.0], vec![2.0, 8.0, 7.0]]),
        Matrix::new(vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0], vec![7.0, 8.0, 9.0]]),
        Matrix::new(vec![
            vec![1.0, 0.0, 2.0, -1.0],
            vec![3.0, 0.0, 0.0, 5.0],
            vec![2.0, 1.0, 4.0, -3.0],
            vec![1.0, 0.0, 5.0, 0.0],
        ]),
        Matrix::identity(5),
    ];
    for m in &mats {
        print!("{}", m);
        let a = m.det_cofactor();
        let b = m.det_gauss();
        println!("det (cofactor) = {:.4}, det (gauss) = {:.4}, agree: {}\n", a, b, (a - b).abs() < 1e-9);
    }
    let a = &mats[1];
    let b = Matrix::new(vec![vec![0.5, -1.0], vec![2.0, 0.25]]);
    let ab = a.mul(&b);
    print!("A*B =\n{}", ab);
    println!("det(AB) = {} = det(A)*det(B) = {}", ab.det_cofactor(), a.det_cofactor() * b.det_cofactor());
    println!("I*A == A: {}", Matrix::identity(2).mul(a) == *a);
}

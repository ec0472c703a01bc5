// Matrix row operations: taking two mutable references into the same Vec.
struct Matrix {
    rows: Vec<Vec<f64>>,
}

impl Matrix {
    fn identity(n: usize) -> Matrix {
        let mut rows = vec![vec![0.0; n]; n];
        for i in 0..n {
            rows[i][i] = 1.0;
        }
        Matrix { rows }
    }

    fn add_row(&mut self, target: usize, source: usize, factor: f64) {
        let dst = &mut self.rows[target];
        // Mistake: second mutable borrow of self.rows while `dst` is alive.
        let src = &mut self.rows[source];
        for j in 0..dst.len() {
            dst[j] += factor * src[j];
        }
    }

    fn print(&self) {
        for r in &self.rows {
            let cells: Vec<String> = r.iter().map(|x| format!("{:5.1}", x)).collect();
            println!("[{}]", cells.join(" "));
        }
    }
}

fn main() {
    let mut m = Matrix::identity(3);
    m.add_row(0, 2, 2.5);
    m.add_row(1, 0, -1.0);
    m.print();
}

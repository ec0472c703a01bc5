use std::collections::BTreeSet;
use std::fmt;

struct Matrix<const R: usize, const C: usize> {
    data: [[i32; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn new(data: [[i32; C]; R]) -> Self {
        Matrix { data }
    }

    fn row_max(&self, r: usize) -> Option<i32> {
        self.data.get(r)?.iter().copied().max()
    }

    fn col_min(&self, c: usize) -> Option<i32> {
        self.data.iter().map(|row| row[c]).min()
    }

    fn saddle_points(&self) -> Vec<(usize, usize)> {
        let row_maxes: Vec<Option<i32>> = (0..R).map(|r| self.row_max(r)).collect();
        let col_mins: Vec<Option<i32>> = (0..C).map(|c| self.col_min(c)).collect();
        let mut points = Vec::new();
        for (r, row) in self.data.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                if Some(v) == row_maxes[r] && Some(v) == col_mins[c] {
                    points.push((r, c));
                }
            }
        }
        points
    }

    fn transpose(&self) -> Matrix<C, R> {
        let mut out = [[0; R]; C];
        for r in 0..R {
            for c in 0..C {
                out[c][r] = self.data[r][c];
            }
        }
        Matrix::new(out)
    }
}

impl<const R: usize, const C: usize> std::ops::Index<(usize, usize)> for Matrix<R, C> {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 {
        &self.data[r][c]
    }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|v| format!("{v:>4}")).collect();
            writeln!(f, "[{} ]", cells.join(""))?;
        }
        Ok(())
    }
}

fn report<const R: usize, const C: usize>(name: &str, m: &Matrix<R, C>) {
    println!("== {name} ({R}x{C}) ==");
    print!("{m}");
    let points = m.saddle_points();
    if points.is_empty() {
        println!("no saddle points");
    } else {
        for (r, c) in &points {
            println!("saddle at row {} col {} value {}", r + 1, c + 1, m[(*r, *c)]);
        }
    }
    let values: BTreeSet<i32> = m.data.iter().flatten().copied().collect();
    println!("distinct values: {:?}\n", values);
}

fn main() {
    let m1 = Matrix::new([[9, 8, 7], [5, 3, 2], [6, 6, 7]]);
    report("example", &m1);

    let m2 = Matrix::new([[1, 2, 3], [3, 1, 2], [2, 3, 1]]);
    report("no saddle", &m2);

    let m3 = Matrix::new([[4, 5, 4], [3, 5, 5], [1, 5, 4]]);
    report("multiple in column", &m3);

    let m4 = Matrix::new([[6, 7, 8], [5, 5, 5], [7, 5, 6]]);
    report("multiple in row", &m4);

    let m5 = Matrix::new([[3, 1, 3], [3, 2, 4]]);
    report("non-square", &m5);
    let t = m5.transpose();
    report("transposed", &t);

    let single = Matrix::new([[2]]);
    report("single", &single);

    let row_maxes: Vec<String> = (0..3).map(|r| m1.row_max(r).map_or("?".into(), |v| v.to_string())).collect();
    println!("m1 row maxes: {}", row_maxes.join(","));
    println!("m1 row 7 max: {:?}", m1.row_max(7));
}

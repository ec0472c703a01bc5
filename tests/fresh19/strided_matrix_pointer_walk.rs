// A row-major matrix stored in one Vec<f64>, walked with pointer arithmetic.
use std::mem::size_of;
use std::ptr;

struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Matrix {
        let mut data = Vec::with_capacity(rows * cols);
        for i in 0..rows * cols {
            data.push(i as f64);
        }
        Matrix { rows, cols, data }
    }

    fn row_sum(&self, r: usize) -> f64 {
        let start = unsafe { self.data.as_ptr().add(r * self.cols) };
        let row = unsafe { std::slice::from_raw_parts(start, self.cols) };
        row.iter().sum()
    }

    fn col_sum(&self, c: usize) -> f64 {
        // walk down a column: jump `cols` elements each step
        let mut p = unsafe { self.data.as_ptr().add(c) };
        let mut total = 0.0;
        for r in 0..self.rows {
            total += unsafe { *p };
            if r + 1 < self.rows {
                p = unsafe { p.add(self.cols) };
            }
        }
        total
    }

    fn transpose_square_in_place(&mut self) {
        assert_eq!(self.rows, self.cols);
        let n = self.rows;
        let base = self.data.as_mut_ptr();
        for i in 0..n {
            for j in (i + 1)..n {
                unsafe { ptr::swap(base.add(i * n + j), base.add(j * n + i)) };
            }
        }
    }

    fn print(&self) {
        for r in 0..self.rows {
            let row = &self.data[r * self.cols..(r + 1) * self.cols];
            let parts: Vec<String> = row.iter().map(|x| format!("{:4}", x)).collect();
            println!("  [{}]", parts.join(""));
        }
    }
}

fn main() {
    let m = Matrix::new(3, 4);
    println!("3x4 matrix:");
    m.print();
    for r in 0..m.rows {
        println!("row {} sum = {}", r, m.row_sum(r));
    }
    let cols: Vec<f64> = (0..m.cols).map(|c| m.col_sum(c)).collect();
    println!("column sums = {:?}", cols);

    // distances between element addresses
    let p00 = &m.data[0] as *const f64;
    let p01 = &m.data[1] as *const f64;
    let p10 = &m.data[m.cols] as *const f64;
    println!("next column is {} bytes away", p01 as usize - p00 as usize);
    println!("next row is {} bytes away (= cols * {})", p10 as usize - p00 as usize, size_of::<f64>());
    println!("p10.offset_from(p00) = {}", unsafe { p10.offset_from(p00) });

    // find the (row, col) of a given element reference via offset_from
    let target = m.data.iter().find(|&&x| x == 9.0).unwrap();
    let idx = unsafe { (target as *const f64).offset_from(m.data.as_ptr()) } as usize;
    println!("value 9 lives at row {} col {}", idx / m.cols, idx % m.cols);

    let mut sq = Matrix::new(3, 3);
    sq.transpose_square_in_place();
    println!("transposed 3x3:");
    sq.print();
    // diagonal is unchanged; check with ptr::read
    let d: Vec<f64> = (0..3).map(|i| unsafe { ptr::read(sq.data.as_ptr().add(i * 4)) }).collect();
    println!("diagonal = {:?}", d);
}

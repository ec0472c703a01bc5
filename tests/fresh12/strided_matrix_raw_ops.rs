use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr;

// Row-major matrix of f64 in one zeroed heap block.
struct Matrix {
    data: *mut f64,
    rows: usize,
    cols: usize,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self {
        let layout = Layout::array::<f64>(rows * cols).unwrap();
        let data = unsafe { alloc_zeroed(layout) } as *mut f64;
        assert!(!data.is_null());
        Matrix { data, rows, cols }
    }

    fn from_fn(rows: usize, cols: usize, f: impl Fn(usize, usize) -> f64) -> Self {
        let m = Self::zeros(rows, cols);
        for r in 0..rows {
            for c in 0..cols {
                unsafe { m.data.add(r * cols + c).write(f(r, c)) };
            }
        }
        m
    }

    fn row(&self, r: usize) -> &[f64] {
        assert!(r < self.rows);
        unsafe { std::slice::from_raw_parts(self.data.add(r * self.cols), self.cols) }
    }

    // Column access: strided reads through raw pointer arithmetic.
    fn col_sum(&self, c: usize) -> f64 {
        let mut p = unsafe { self.data.add(c) } as *const f64;
        let mut sum = 0.0;
        for i in 0..self.rows {
            sum += unsafe { *p };
            if i + 1 < self.rows {
                p = unsafe { p.add(self.cols) };
            }
        }
        sum
    }

    fn transpose(&self) -> Matrix {
        let t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                unsafe { *t.data.add(c * self.rows + r) = *self.data.add(r * self.cols + c) };
            }
        }
        t
    }

    fn swap_rows(&mut self, a: usize, b: usize) {
        assert!(a < self.rows && b < self.rows);
        if a != b {
            unsafe { ptr::swap_nonoverlapping(self.data.add(a * self.cols), self.data.add(b * self.cols), self.cols) };
        }
    }

    fn copy_row_from(&mut self, dst_row: usize, src: &Matrix, src_row: usize) {
        assert_eq!(self.cols, src.cols);
        unsafe { ptr::copy_nonoverlapping(src.data.add(src_row * src.cols), self.data.add(dst_row * self.cols), self.cols) };
    }

    fn print(&self, name: &str) {
        println!("{} ({}x{}):", name, self.rows, self.cols);
        for r in 0..self.rows {
            println!("  {:?}", self.row(r));
        }
    }
}

impl Drop for Matrix {
    fn drop(&mut self) {
        unsafe { dealloc(self.data as *mut u8, Layout::array::<f64>(self.rows * self.cols).unwrap()) };
    }
}

fn main() {
    let z = Matrix::zeros(2, 2);
    z.print("zeros");
    let mut m = Matrix::from_fn(3, 4, |r, c| (r * 4 + c) as f64);
    m.print("m");
    println!("column sums {:?}", (0..4).map(|c| m.col_sum(c)).collect::<Vec<_>>());
    let t = m.transpose();
    t.print("transpose");
    println!("t row 3 == m column 3: {}", t.row(3) == [3.0, 7.0, 11.0]);
    m.swap_rows(0, 2);
    m.print("m after swap_rows(0,2)");
    let ones = Matrix::from_fn(1, 4, |_, c| 1.0 + c as f64 * 0.5);
    m.copy_row_from(1, &ones, 0);
    m.print("m after copy_row_from");
    let total: f64 = (0..m.rows).map(|r| m.row(r).iter().sum::<f64>()).sum();
    println!("total {}", total);
}

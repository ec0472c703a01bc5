// Const generics: a fixed-size grid with compile-time dimensions.
use std::fmt;

#[derive(Clone, Copy, PartialEq, Debug)]
struct Grid<const W: usize, const H: usize> {
    cells: [[u8; W]; H],
}

impl<const W: usize, const H: usize> Grid<W, H> {
    fn new() -> Self {
        Grid { cells: [[0; W]; H] }
    }

    const AREA: usize = W * H;

    fn set(&mut self, x: usize, y: usize, v: u8) -> bool {
        if x < W && y < H {
            self.cells[y][x] = v;
            true
        } else {
            false
        }
    }

    fn row_sums(&self) -> [u32; H] {
        let mut out = [0u32; H];
        for (i, row) in self.cells.iter().enumerate() {
            out[i] = row.iter().map(|&c| c as u32).sum();
        }
        out
    }

    fn transpose(&self) -> Grid<H, W> {
        let mut t = Grid::<H, W>::new();
        for y in 0..H {
            for x in 0..W {
                t.cells[x][y] = self.cells[y][x];
            }
        }
        t
    }

    fn count_nonzero(&self) -> usize {
        self.cells.iter().flatten().filter(|&&c| c != 0).count()
    }
}

impl<const W: usize, const H: usize> fmt::Display for Grid<W, H> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in &self.cells {
            let line: Vec<String> = row.iter().map(|c| format!("{:2}", c)).collect();
            writeln!(f, "[{}]", line.join(" "))?;
        }
        Ok(())
    }
}

fn sum_array<const N: usize>(arr: [i32; N]) -> i32 {
    arr.iter().sum()
}

fn first_last<T: Copy + Default, const N: usize>(arr: &[T; N]) -> (T, T) {
    if N == 0 {
        (T::default(), T::default())
    } else {
        (arr[0], arr[N - 1])
    }
}

fn main() {
    let mut g: Grid<4, 3> = Grid::new();
    let mut k = 1u8;
    for y in 0..3 {
        for x in 0..4 {
            if (x + y) % 2 == 0 {
                g.set(x, y, k);
                k += 3;
            }
        }
    }
    println!("ok out of bounds? {}", g.set(4, 0, 9));
    print!("{}", g);
    println!("area = {}, nonzero = {}", Grid::<4, 3>::AREA, g.count_nonzero());
    println!("row sums = {:?}", g.row_sums());
    let t = g.transpose();
    print!("{}", t);
    println!("transposed row sums = {:?}", t.row_sums());
    println!("double transpose equal: {}", t.transpose() == g);
    println!("sum3 = {}, sum5 = {}", sum_array([1, 2, 3]), sum_array([10, -2, 7, 0, 5]));
    let words = ["alpha", "beta", "gamma"];
    println!("{:?}", first_last(&words));
    let empty: [u16; 0] = [];
    println!("{:?}", first_last(&empty));
    let small = Grid::<2, 2>::new();
    println!("{:?}", small);
}

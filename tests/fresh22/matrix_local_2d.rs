// 2D local arrays: row references, out-parameters, transposition with raw pointers.
type Mat = [[i64; 4]; 4];

fn identity() -> Mat {
    let mut m = [[0; 4]; 4];
    for i in 0..4 {
        m[i][i] = 1;
    }
    m
}

fn mul(a: &Mat, b: &Mat, out: &mut Mat) {
    for i in 0..4 {
        for j in 0..4 {
            let mut s = 0;
            for k in 0..4 {
                s += a[i][k] * b[k][j];
            }
            out[i][j] = s;
        }
    }
}

fn transpose_in_place(m: &mut Mat) {
    let p = m.as_mut_ptr() as *mut i64;
    for i in 0..4 {
        for j in i + 1..4 {
            unsafe { std::ptr::swap(p.add(i * 4 + j), p.add(j * 4 + i)) };
        }
    }
}

fn print_mat(label: &str, m: &Mat) {
    println!("{}:", label);
    for row in m {
        println!("  {:?}", row);
    }
}

fn trace(m: &Mat) -> i64 {
    (0..4).map(|i| m[i][i]).sum()
}

fn main() {
    let mut a: Mat = [[0; 4]; 4];
    for (i, row) in a.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = (i * 4 + j) as i64 - 5;
        }
    }
    print_mat("a", &a);

    let id = identity();
    let mut out = [[0; 4]; 4];
    mul(&a, &id, &mut out);
    println!("a * I == a: {}", out == a);

    let mut power = identity();
    for step in 1..=3 {
        let mut next = [[0; 4]; 4];
        mul(&power, &a, &mut next);
        power = next;
        println!("trace(a^{}) = {}", step, trace(&power));
    }
    print_mat("a^3", &power);

    let mut t = a;
    transpose_in_place(&mut t);
    print_mat("transpose(a)", &t);
    let mut back = t;
    transpose_in_place(&mut back);
    println!("double transpose restores: {}", back == a);

    // Swap two rows via split_at_mut.
    {
        let (top, bottom) = t.split_at_mut(2);
        std::mem::swap(&mut top[0], &mut bottom[1]);
    }
    print_mat("t with rows 0 and 3 swapped", &t);

    // Row references held at the same time (shared), then a mutable row.
    let r1 = &a[1];
    let r2 = &a[2];
    let dot: i64 = r1.iter().zip(r2.iter()).map(|(x, y)| x * y).sum();
    println!("row1 . row2 = {}", dot);
    let row3 = &mut a[3];
    for v in row3.iter_mut() {
        *v = -*v;
    }
    print_mat("a with row 3 negated", &a);

    let col_sums: Vec<i64> = (0..4).map(|j| a.iter().map(|row| row[j]).sum()).collect();
    println!("column sums = {:?}", col_sums);
}

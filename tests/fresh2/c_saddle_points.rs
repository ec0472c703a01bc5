pub fn find_saddle_points(input: &[Vec<u64>]) -> Vec<(usize, usize)> {
    let mut points = Vec::new();
    for (r, row) in input.iter().enumerate() {
        for (c, &value) in row.iter().enumerate() {
            let row_max = row.iter().all(|&v| v <= value);
            let col_min = input.iter().all(|other| other[c] >= value);
            if row_max && col_min {
                points.push((r, c));
            }
        }
    }
    points
}

fn print_matrix(m: &[Vec<u64>]) {
    if m.is_empty() || m[0].is_empty() {
        println!("  <empty>");
        return;
    }
    for row in m {
        let cells: Vec<String> = row.iter().map(|v| format!("{v:>3}")).collect();
        println!("  [{}]", cells.join(""));
    }
}

fn main() {
    let matrices: Vec<(&str, Vec<Vec<u64>>)> = vec![
        ("single", vec![vec![9, 8, 7], vec![5, 3, 2], vec![6, 6, 7]]),
        ("empty", vec![vec![]]),
        ("none", vec![vec![1, 2, 3], vec![3, 1, 2], vec![2, 3, 1]]),
        ("column", vec![vec![4, 5, 4], vec![3, 5, 5], vec![1, 5, 4]]),
        ("row", vec![vec![6, 7, 8], vec![5, 5, 5], vec![7, 5, 6]]),
        ("bottom right", vec![vec![8, 7, 9], vec![6, 7, 6], vec![3, 2, 5]]),
        ("non square", vec![vec![3, 1, 3], vec![3, 2, 4]]),
        ("single column", vec![vec![2], vec![1], vec![4], vec![1]]),
        ("single row", vec![vec![2, 5, 3, 5]]),
    ];

    for (name, m) in &matrices {
        println!("{name}:");
        print_matrix(m);
        let points = find_saddle_points(m);
        if points.is_empty() {
            println!("  no saddle points");
        } else {
            for (r, c) in &points {
                println!("  saddle at row {}, col {} (value {})", r + 1, c + 1, m[*r][*c]);
            }
        }
    }

    let total: usize = matrices.iter().map(|(_, m)| find_saddle_points(m).len()).sum();
    println!("total saddle points: {total}");
}

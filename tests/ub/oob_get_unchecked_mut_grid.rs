fn main() {
    let mut grid = [[0u8; 3]; 3];
    println!("filling the grid");
    for r in 0..3 {
        for c in 0..=3 {
            unsafe { *grid.get_unchecked_mut(r).get_unchecked_mut(c) = (r * 3 + c) as u8 };
        }
        println!("row {} done", r);
    }
    println!("grid = {:?}", grid);
}

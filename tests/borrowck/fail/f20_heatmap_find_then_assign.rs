// Heat map: find the first hot cell, then reset a cell.
fn main() {
    let mut cells: [u8; 8] = [3, 9, 2, 14, 7, 0, 11, 5];
    let threshold = 10;

    let hot = cells.iter().find(|&&c| c > threshold).unwrap();

    // Cool down the first cell.
    cells[0] = 0;

    println!("first hot cell value: {}", hot);
    println!("cells above {}: {}", threshold, cells.iter().filter(|&&c| c > threshold).count());
    let sum: u32 = cells.iter().map(|&c| c as u32).sum();
    println!("total heat: {}", sum);
}

// Image blur over a 2D Vec<Vec<u8>>; the kernel loop has an off-by-one at the border.
fn make_image(w: usize, h: usize) -> Vec<Vec<u8>> {
    (0..h)
        .map(|y| (0..w).map(|x| ((x * 37 + y * 91) % 256) as u8).collect())
        .collect()
}

fn print_image(img: &[Vec<u8>]) {
    for row in img {
        let cells: Vec<String> = row.iter().map(|p| format!("{:3}", p)).collect();
        println!("{}", cells.join(" "));
    }
}

fn blur_pixel(img: &[Vec<u8>], x: usize, y: usize) -> u8 {
    let mut sum: u32 = 0;
    let mut n: u32 = 0;
    for dy in 0..3 {
        for dx in 0..3 {
            let yy = (y + dy).saturating_sub(1);
            let xx = (x + dx).saturating_sub(1);
            // bug: no upper bound check on xx / yy
            sum += img[yy][xx] as u32;
            n += 1;
        }
    }
    (sum / n) as u8
}

fn main() {
    let img = make_image(6, 4);
    println!("original:");
    print_image(&img);
    let brightness: u32 = img.iter().flatten().map(|&p| p as u32).sum();
    println!("mean brightness: {:.2}", brightness as f64 / 24.0);

    let mut out = img.clone();
    for y in 0..img.len() {
        for x in 0..img[0].len() {
            out[y][x] = blur_pixel(&img, x, y);
        }
        println!("row {} done: {:?}", y, &out[y][..3]);
    }
    println!("blurred:");
    print_image(&out);
}
